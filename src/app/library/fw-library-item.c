/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "fw-library-item.h"

struct _FwLibraryItem
{
  GObject  parent_instance;

  char    *path;
  char    *title;
  char    *soc;
  char    *version;
  int      job_zone;
  guint    errors;
  guint    warnings;
  char    *failure;
  /* Title, SOC and file name, casefolded, for the list's filter. */
  char    *haystack;
};

G_DEFINE_FINAL_TYPE (FwLibraryItem, fw_library_item, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_PATH,
  PROP_TITLE,
  PROP_SOC,
  PROP_VERSION,
  PROP_JOB_ZONE,
  PROP_ERRORS,
  PROP_WARNINGS,
  PROP_FAILURE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fw_library_item_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  FwLibraryItem *self = FW_LIBRARY_ITEM (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_SOC:
      g_value_set_string (value, self->soc);
      break;
    case PROP_VERSION:
      g_value_set_string (value, self->version);
      break;
    case PROP_JOB_ZONE:
      g_value_set_int (value, self->job_zone);
      break;
    case PROP_ERRORS:
      g_value_set_uint (value, self->errors);
      break;
    case PROP_WARNINGS:
      g_value_set_uint (value, self->warnings);
      break;
    case PROP_FAILURE:
      g_value_set_string (value, self->failure);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fw_library_item_finalize (GObject *object)
{
  FwLibraryItem *self = FW_LIBRARY_ITEM (object);

  g_free (self->path);
  g_free (self->title);
  g_free (self->soc);
  g_free (self->version);
  g_free (self->failure);
  g_free (self->haystack);

  G_OBJECT_CLASS (fw_library_item_parent_class)->finalize (object);
}

static GParamSpec *
string_property (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
}

static void
fw_library_item_class_init (FwLibraryItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->get_property = fw_library_item_get_property;
  object_class->finalize = fw_library_item_finalize;

  properties[PROP_PATH] = string_property ("path");
  properties[PROP_TITLE] = string_property ("title");
  properties[PROP_SOC] = string_property ("soc");
  properties[PROP_VERSION] = string_property ("version");
  properties[PROP_JOB_ZONE] = g_param_spec_int ("job-zone", NULL, NULL, 0, 5, 0, flags);
  properties[PROP_ERRORS] = g_param_spec_uint ("errors", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_WARNINGS] = g_param_spec_uint ("warnings", NULL, NULL, 0, G_MAXUINT, 0,
                                                 flags);
  properties[PROP_FAILURE] = string_property ("failure");
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fw_library_item_init (FwLibraryItem *self)
{
}

static void
set_haystack (FwLibraryItem *self)
{
  g_autofree char *basename = g_path_get_basename (self->path);
  g_autofree char *joined = g_strjoin ("\n", self->title, self->soc, basename, NULL);

  self->haystack = g_utf8_casefold (joined, -1);
}

FwLibraryItem *
fw_library_item_new_framework (const FwLibraryFramework *framework)
{
  FwLibraryItem *self;

  g_return_val_if_fail (framework != NULL, NULL);

  self = g_object_new (FW_TYPE_LIBRARY_ITEM, NULL);
  self->path = g_strdup (framework->path);
  self->title = g_strdup (framework->title != NULL ? framework->title : "");
  self->soc = g_strdup (framework->soc != NULL ? framework->soc : "");
  self->version = g_strdup (framework->version != NULL ? framework->version : "");
  self->job_zone = CLAMP (framework->job_zone, 0, 5);
  self->errors = framework->n_errors;
  self->warnings = framework->n_warnings;
  set_haystack (self);
  return self;
}

FwLibraryItem *
fw_library_item_new_failure (const FwLibraryFailure *failure)
{
  FwLibraryItem *self;

  g_return_val_if_fail (failure != NULL, NULL);

  self = g_object_new (FW_TYPE_LIBRARY_ITEM, NULL);
  self->path = g_strdup (failure->path);
  self->title = g_path_get_basename (failure->path);
  self->soc = g_strdup ("");
  self->version = g_strdup ("");
  self->failure = g_strdup (failure->message != NULL ? failure->message : "");
  set_haystack (self);
  return self;
}

const char *
fw_library_item_get_path (FwLibraryItem *self)
{
  g_return_val_if_fail (FW_IS_LIBRARY_ITEM (self), NULL);
  return self->path;
}

const char *
fw_library_item_get_title (FwLibraryItem *self)
{
  g_return_val_if_fail (FW_IS_LIBRARY_ITEM (self), NULL);
  return self->title;
}

const char *
fw_library_item_get_soc (FwLibraryItem *self)
{
  g_return_val_if_fail (FW_IS_LIBRARY_ITEM (self), NULL);
  return self->soc;
}

const char *
fw_library_item_get_version (FwLibraryItem *self)
{
  g_return_val_if_fail (FW_IS_LIBRARY_ITEM (self), NULL);
  return self->version;
}

int
fw_library_item_get_job_zone (FwLibraryItem *self)
{
  g_return_val_if_fail (FW_IS_LIBRARY_ITEM (self), 0);
  return self->job_zone;
}

guint
fw_library_item_get_errors (FwLibraryItem *self)
{
  g_return_val_if_fail (FW_IS_LIBRARY_ITEM (self), 0);
  return self->errors;
}

guint
fw_library_item_get_warnings (FwLibraryItem *self)
{
  g_return_val_if_fail (FW_IS_LIBRARY_ITEM (self), 0);
  return self->warnings;
}

const char *
fw_library_item_get_failure (FwLibraryItem *self)
{
  g_return_val_if_fail (FW_IS_LIBRARY_ITEM (self), NULL);
  return self->failure;
}

gboolean
fw_library_item_matches (FwLibraryItem *self,
                         const char    *casefolded_text)
{
  g_return_val_if_fail (FW_IS_LIBRARY_ITEM (self), FALSE);

  return casefolded_text == NULL || strstr (self->haystack, casefolded_text) != NULL;
}
