/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fw-document.h"
#include "fw-strings.h"

/* The string properties come first, so that a property id maps straight to its slot. */
enum {
  PROP_0,
  PROP_SOC,
  PROP_TITLE,
  PROP_GROUP,
  PROP_SECTOR,
  PROP_JOB_ZONE_LABEL,
  PROP_VERSION,
  PROP_DESCRIPTION,
  PROP_CONTEXT_COVERED,
  PROP_EXPORTED_AT,
  PROP_ATTRIBUTION,
  PROP_LANGUAGE,
  PROP_JOB_ZONE,
  PROP_JOB_ZONE_INFERRED,
  PROP_ORIGIN,
  PROP_FRAMEWORK_ID,
  PROP_LAST_MODIFIED,
  N_PROPS
};

#define FIRST_STRING PROP_SOC
#define N_STRINGS    (PROP_JOB_ZONE - FIRST_STRING)

#define MAX_JOB_ZONE 5

struct _FwDocument
{
  GObject     parent_instance;

  char       *strings[N_STRINGS];
  int         job_zone;
  gboolean    job_zone_inferred;
  FwOrigin    origin;

  FwLevel    *levels[FW_N_LEVELS];
  GListStore *level_list;
  GListStore *domains;
  GListStore *sources;
  FwEvidence *evidence;
  FwOnet     *onet;
  FwHistory  *history;
  JsonNode   *provenance;
  GHashTable *extras;
  char       *framework_id;
  char       *last_modified;
  GListStore *conflicts;
  GListStore *corrections;
};

G_DEFINE_FINAL_TYPE (FwDocument, fw_document, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static gboolean
is_string_prop (guint prop_id)
{
  return prop_id >= FIRST_STRING && prop_id < FIRST_STRING + N_STRINGS;
}

static void
fw_document_finalize (GObject *object)
{
  FwDocument *self = FW_DOCUMENT (object);

  for (guint i = 0; i < N_STRINGS; i++)
    g_clear_pointer (&self->strings[i], g_free);
  for (guint i = 0; i < FW_N_LEVELS; i++)
    g_clear_object (&self->levels[i]);
  g_clear_object (&self->level_list);
  g_clear_object (&self->domains);
  g_clear_object (&self->sources);
  g_clear_object (&self->corrections);
  g_clear_object (&self->evidence);
  g_clear_object (&self->onet);
  g_clear_object (&self->history);
  g_clear_pointer (&self->provenance, json_node_unref);
  g_clear_pointer (&self->extras, g_hash_table_unref);
  g_clear_pointer (&self->framework_id, g_free);
  g_clear_pointer (&self->last_modified, g_free);
  g_clear_object (&self->conflicts);

  G_OBJECT_CLASS (fw_document_parent_class)->finalize (object);
}

static void
fw_document_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  FwDocument *self = FW_DOCUMENT (object);

  if (is_string_prop (prop_id))
    {
      g_value_set_string (value, self->strings[prop_id - FIRST_STRING]);
      return;
    }

  switch (prop_id)
    {
    case PROP_JOB_ZONE:
      g_value_set_int (value, self->job_zone);
      break;

    case PROP_JOB_ZONE_INFERRED:
      g_value_set_boolean (value, self->job_zone_inferred);
      break;

    case PROP_ORIGIN:
      g_value_set_int (value, self->origin);
      break;

    case PROP_FRAMEWORK_ID:
      g_value_set_string (value, self->framework_id);
      break;

    case PROP_LAST_MODIFIED:
      g_value_set_string (value, self->last_modified);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fw_document_set_string (FwDocument *self,
                        guint       prop_id,
                        const char *value)
{
  char **slot = &self->strings[prop_id - FIRST_STRING];

  if (value == NULL)
    value = "";
  /* Every framework has a content language; English unless it says otherwise. */
  if (prop_id == PROP_LANGUAGE && *value == '\0')
    value = FW_DOCUMENT_DEFAULT_LANGUAGE;

  if (fw_replace_string (slot, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
fw_document_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  FwDocument *self = FW_DOCUMENT (object);

  if (is_string_prop (prop_id))
    {
      fw_document_set_string (self, prop_id, g_value_get_string (value));
      return;
    }

  switch (prop_id)
    {
    case PROP_JOB_ZONE:
      if (self->job_zone != g_value_get_int (value))
        {
          self->job_zone = g_value_get_int (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    case PROP_JOB_ZONE_INFERRED:
      if (self->job_zone_inferred != g_value_get_boolean (value))
        {
          self->job_zone_inferred = g_value_get_boolean (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    case PROP_ORIGIN:
      fw_document_set_origin (self, g_value_get_int (value));
      break;

    case PROP_FRAMEWORK_ID:
      fw_document_set_framework_id (self, g_value_get_string (value));
      break;

    case PROP_LAST_MODIFIED:
      fw_document_set_last_modified (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
string_param_spec (const char *name,
                   const char *nick)
{
  return g_param_spec_string (name, nick, NULL,
                              "",
                              (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS |
                               G_PARAM_EXPLICIT_NOTIFY));
}

static void
fw_document_class_init (FwDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fw_document_finalize;
  object_class->get_property = fw_document_get_property;
  object_class->set_property = fw_document_set_property;

  properties[PROP_SOC] = string_param_spec ("soc", N_("SOC Code"));
  properties[PROP_TITLE] = string_param_spec ("title", N_("Occupation Title"));
  properties[PROP_GROUP] = string_param_spec ("group", N_("Occupation Group"));
  properties[PROP_SECTOR] = string_param_spec ("sector", N_("Sector"));
  properties[PROP_JOB_ZONE_LABEL] = string_param_spec ("job-zone-label", N_("Job Zone Label"));
  properties[PROP_VERSION] = string_param_spec ("version", N_("Framework Version"));
  properties[PROP_DESCRIPTION] = string_param_spec ("description", N_("Description"));
  properties[PROP_CONTEXT_COVERED] = string_param_spec ("context-covered",
                                                        N_("Context Covered"));
  properties[PROP_EXPORTED_AT] = string_param_spec ("exported-at", N_("Export Date"));
  properties[PROP_ATTRIBUTION] = string_param_spec ("attribution", N_("Attribution"));
  properties[PROP_LANGUAGE] = g_param_spec_string ("language", N_("Content Language"), NULL,
                                                   FW_DOCUMENT_DEFAULT_LANGUAGE,
                                                   (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS |
                                                    G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_JOB_ZONE] =
    g_param_spec_int ("job-zone", N_("Job Zone"), NULL,
                      0, MAX_JOB_ZONE, 0,
                      (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_JOB_ZONE_INFERRED] =
    g_param_spec_boolean ("job-zone-inferred", N_("Job Zone Inferred"), NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_ORIGIN] =
    g_param_spec_int ("origin", N_("Origin"), NULL,
                      FW_ORIGIN_NATIVE, FW_ORIGIN_PAGE, FW_ORIGIN_NATIVE,
                      (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_FRAMEWORK_ID] = string_param_spec ("framework-id", N_("Framework Identifier"));
  properties[PROP_LAST_MODIFIED] = string_param_spec ("last-modified", N_("Last Modified"));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fw_document_init (FwDocument *self)
{
  for (guint i = 0; i < N_STRINGS; i++)
    self->strings[i] = g_strdup ("");
  fw_replace_string (&self->strings[PROP_LANGUAGE - FIRST_STRING], FW_DOCUMENT_DEFAULT_LANGUAGE);

  self->level_list = g_list_store_new (FW_TYPE_LEVEL);
  for (guint i = 0; i < FW_N_LEVELS; i++)
    self->levels[i] = fw_level_new (i);
  /* One change rather than one per level: every document read makes these. */
  g_list_store_splice (self->level_list, 0, 0, (gpointer *) self->levels, FW_N_LEVELS);

  self->domains = g_list_store_new (FW_TYPE_DOMAIN);
  self->sources = g_list_store_new (FW_TYPE_SOURCE);
  self->corrections = g_list_store_new (FW_TYPE_CORRECTION);
  self->evidence = fw_evidence_new ();
  self->onet = fw_onet_new ();
  self->history = fw_history_new ();
  _fw_command_hold_weakly (G_OBJECT (self));
  self->extras = g_hash_table_new_full (g_str_hash, g_str_equal,
                                        g_free, (GDestroyNotify) json_object_unref);
  self->framework_id = g_strdup ("");
  self->last_modified = g_strdup ("");
  self->conflicts = g_list_store_new (FW_TYPE_CONFLICT);
}

FwDocument *
fw_document_new (void)
{
  return g_object_new (FW_TYPE_DOCUMENT, NULL);
}

FwHistory *
fw_document_get_history (FwDocument *self)
{
  g_return_val_if_fail (FW_IS_DOCUMENT (self), NULL);

  return self->history;
}

/**
 * fw_document_run:
 *
 * Like fw_history_run(), takes over the caller's reference to @command.
 */
void
fw_document_run (FwDocument *self,
                 FwCommand  *command)
{
  g_return_if_fail (FW_IS_DOCUMENT (self));
  g_return_if_fail (FW_IS_COMMAND (command));

  fw_history_run (self->history, command);
}

static const char *
fw_document_get_string (FwDocument *self,
                        guint       prop_id)
{
  g_assert (is_string_prop (prop_id));

  return self->strings[prop_id - FIRST_STRING];
}

const char *
fw_document_get_soc (FwDocument *self)
{
  g_return_val_if_fail (FW_IS_DOCUMENT (self), NULL);

  return fw_document_get_string (self, PROP_SOC);
}

const char *
fw_document_get_title (FwDocument *self)
{
  g_return_val_if_fail (FW_IS_DOCUMENT (self), NULL);

  return fw_document_get_string (self, PROP_TITLE);
}

const char *
fw_document_get_group (FwDocument *self)
{
  g_return_val_if_fail (FW_IS_DOCUMENT (self), NULL);

  return fw_document_get_string (self, PROP_GROUP);
}

const char *
fw_document_get_sector (FwDocument *self)
{
  g_return_val_if_fail (FW_IS_DOCUMENT (self), NULL);

  return fw_document_get_string (self, PROP_SECTOR);
}

int
fw_document_get_job_zone (FwDocument *self)
{
  g_return_val_if_fail (FW_IS_DOCUMENT (self), 0);

  return self->job_zone;
}

gboolean
fw_document_get_job_zone_inferred (FwDocument *self)
{
  g_return_val_if_fail (FW_IS_DOCUMENT (self), FALSE);

  return self->job_zone_inferred;
}

const char *
fw_document_get_job_zone_label (FwDocument *self)
{
  g_return_val_if_fail (FW_IS_DOCUMENT (self), NULL);

  return fw_document_get_string (self, PROP_JOB_ZONE_LABEL);
}

const char *
fw_document_get_version (FwDocument *self)
{
  g_return_val_if_fail (FW_IS_DOCUMENT (self), NULL);

  return fw_document_get_string (self, PROP_VERSION);
}

const char *
fw_document_get_description (FwDocument *self)
{
  g_return_val_if_fail (FW_IS_DOCUMENT (self), NULL);

  return fw_document_get_string (self, PROP_DESCRIPTION);
}

const char *
fw_document_get_context_covered (FwDocument *self)
{
  g_return_val_if_fail (FW_IS_DOCUMENT (self), NULL);

  return fw_document_get_string (self, PROP_CONTEXT_COVERED);
}

const char *
fw_document_get_exported_at (FwDocument *self)
{
  g_return_val_if_fail (FW_IS_DOCUMENT (self), NULL);

  return fw_document_get_string (self, PROP_EXPORTED_AT);
}

const char *
fw_document_get_attribution (FwDocument *self)
{
  g_return_val_if_fail (FW_IS_DOCUMENT (self), NULL);

  return fw_document_get_string (self, PROP_ATTRIBUTION);
}

const char *
fw_document_get_language (FwDocument *self)
{
  g_return_val_if_fail (FW_IS_DOCUMENT (self), NULL);

  return fw_document_get_string (self, PROP_LANGUAGE);
}

FwOrigin
fw_document_get_origin (FwDocument *self)
{
  g_return_val_if_fail (FW_IS_DOCUMENT (self), FW_ORIGIN_NATIVE);

  return self->origin;
}

void
fw_document_set_origin (FwDocument *self,
                        FwOrigin    origin)
{
  g_return_if_fail (FW_IS_DOCUMENT (self));
  g_return_if_fail ((guint) origin <= FW_ORIGIN_PAGE);

  if (self->origin != origin)
    {
      self->origin = origin;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORIGIN]);
    }
}

FwLevel *
fw_document_get_level (FwDocument *self,
                       FwLevelKey  key)
{
  g_return_val_if_fail (FW_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail ((guint) key < FW_N_LEVELS, NULL);

  return self->levels[key];
}

GListModel *
fw_document_get_levels (FwDocument *self)
{
  g_return_val_if_fail (FW_IS_DOCUMENT (self), NULL);

  return G_LIST_MODEL (self->level_list);
}

GListStore *
fw_document_get_domains (FwDocument *self)
{
  g_return_val_if_fail (FW_IS_DOCUMENT (self), NULL);

  return self->domains;
}

GListStore *
fw_document_get_sources (FwDocument *self)
{
  g_return_val_if_fail (FW_IS_DOCUMENT (self), NULL);

  return self->sources;
}

FwEvidence *
fw_document_get_evidence (FwDocument *self)
{
  g_return_val_if_fail (FW_IS_DOCUMENT (self), NULL);

  return self->evidence;
}

FwOnet *
fw_document_get_onet (FwDocument *self)
{
  g_return_val_if_fail (FW_IS_DOCUMENT (self), NULL);

  return self->onet;
}

JsonNode *
fw_document_get_provenance (FwDocument *self)
{
  g_return_val_if_fail (FW_IS_DOCUMENT (self), NULL);

  return self->provenance;
}

void
fw_document_set_provenance (FwDocument *self,
                            JsonNode   *provenance)
{
  g_return_if_fail (FW_IS_DOCUMENT (self));

  if (provenance == self->provenance)
    return;

  g_clear_pointer (&self->provenance, json_node_unref);
  if (provenance != NULL)
    self->provenance = json_node_ref (provenance);
}

GHashTable *
fw_document_get_extras (FwDocument *self)
{
  g_return_val_if_fail (FW_IS_DOCUMENT (self), NULL);

  return self->extras;
}

const char *
fw_document_get_framework_id (FwDocument *self)
{
  g_return_val_if_fail (FW_IS_DOCUMENT (self), NULL);

  return self->framework_id;
}

void
fw_document_set_framework_id (FwDocument *self,
                              const char *framework_id)
{
  g_return_if_fail (FW_IS_DOCUMENT (self));

  if (fw_replace_string (&self->framework_id, framework_id != NULL ? framework_id : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FRAMEWORK_ID]);
}

const char *
fw_document_get_last_modified (FwDocument *self)
{
  g_return_val_if_fail (FW_IS_DOCUMENT (self), NULL);

  return self->last_modified;
}

void
fw_document_set_last_modified (FwDocument *self,
                               const char *last_modified)
{
  g_return_if_fail (FW_IS_DOCUMENT (self));

  if (fw_replace_string (&self->last_modified, last_modified != NULL ? last_modified : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAST_MODIFIED]);
}

/**
 * fw_document_prepare_save:
 * @now: (nullable): the time of the save; %NULL means now
 *
 * Called by whoever saves the document as a .fwk, just before writing it (writers stay
 * deterministic, so they make nothing up): gives a framework without an identifier its
 * random UUID, once, and records @now as the last-modified time when the document has
 * unsaved changes.
 */
void
fw_document_prepare_save (FwDocument *self,
                          GDateTime  *now)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autofree char *stamp = NULL;

  g_return_if_fail (FW_IS_DOCUMENT (self));

  if (self->framework_id[0] == '\0')
    {
      g_autofree char *uuid = g_uuid_string_random ();

      fw_document_set_framework_id (self, uuid);
    }

  if (!fw_history_get_dirty (self->history) && self->last_modified[0] != '\0')
    return;

  utc = now != NULL ? g_date_time_to_utc (now) : g_date_time_new_now_utc ();
  stamp = g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
  fw_document_set_last_modified (self, stamp);
}

GListStore *
fw_document_get_conflicts (FwDocument *self)
{
  g_return_val_if_fail (FW_IS_DOCUMENT (self), NULL);

  return self->conflicts;
}

/**
 * fw_document_get_corrections:
 *
 * The reviewers' corrections, a GListStore of FwCorrection kept in order of id (add and
 * remove them with the commands of fw-correction-commands.h).
 */
GListStore *
fw_document_get_corrections (FwDocument *self)
{
  g_return_val_if_fail (FW_IS_DOCUMENT (self), NULL);

  return self->corrections;
}

FwCorrection *
fw_document_find_correction (FwDocument *self,
                             const char *correction_id,
                             guint      *position)
{
  GListModel *corrections;

  g_return_val_if_fail (FW_IS_DOCUMENT (self), NULL);

  if (correction_id == NULL)
    return NULL;

  corrections = G_LIST_MODEL (self->corrections);
  for (guint i = 0; i < g_list_model_get_n_items (corrections); i++)
    {
      g_autoptr(FwCorrection) correction = g_list_model_get_item (corrections, i);

      if (g_str_equal (fw_correction_get_id (correction), correction_id))
        {
          if (position != NULL)
            *position = i;
          return correction;  /* the store holds it */
        }
    }

  return NULL;
}
