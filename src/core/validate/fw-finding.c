/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fw-finding.h"

struct _FwFinding
{
  GObject     parent_instance;

  char       *rule_id;
  FwSeverity  severity;
  char       *message;             /* in the user's language when a translation exists */
  char       *untranslated_message;  /* NULL when the same as message */
  char       *path;
  char       *statement_id;
  char       *field;
  char       *hint;
  FwFindingSection section;
  int         level;
  char       *domain_id;
  char       *subject_id;
};

G_DEFINE_FINAL_TYPE (FwFinding, fw_finding, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_RULE_ID,
  PROP_SEVERITY,
  PROP_MESSAGE,
  PROP_PATH,
  PROP_STATEMENT_ID,
  PROP_FIELD,
  PROP_HINT,
  PROP_SECTION,
  PROP_LEVEL,
  PROP_DOMAIN_ID,
  PROP_SUBJECT_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const severity_names[] = { "error", "warning", "info" };

const char *
fw_severity_to_string (FwSeverity severity)
{
  g_return_val_if_fail (severity <= FW_SEVERITY_INFO, NULL);

  return severity_names[severity];
}

gboolean
fw_severity_from_string (const char *str,
                         FwSeverity *severity)
{
  g_return_val_if_fail (str != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (severity_names); i++)
    {
      if (g_str_equal (str, severity_names[i]))
        {
          if (severity != NULL)
            *severity = (FwSeverity) i;
          return TRUE;
        }
    }

  return FALSE;
}

static void
fw_finding_finalize (GObject *object)
{
  FwFinding *self = FW_FINDING (object);

  g_free (self->rule_id);
  g_free (self->message);
  g_free (self->untranslated_message);
  g_free (self->path);
  g_free (self->statement_id);
  g_free (self->field);
  g_free (self->hint);
  g_free (self->domain_id);
  g_free (self->subject_id);

  G_OBJECT_CLASS (fw_finding_parent_class)->finalize (object);
}

static void
fw_finding_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  FwFinding *self = FW_FINDING (object);

  switch (prop_id)
    {
    case PROP_RULE_ID:
      g_value_set_string (value, self->rule_id);
      break;

    case PROP_SEVERITY:
      g_value_set_int (value, self->severity);
      break;

    case PROP_MESSAGE:
      g_value_set_string (value, self->message);
      break;

    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;

    case PROP_STATEMENT_ID:
      g_value_set_string (value, self->statement_id);
      break;

    case PROP_FIELD:
      g_value_set_string (value, self->field);
      break;

    case PROP_HINT:
      g_value_set_string (value, self->hint);
      break;

    case PROP_SECTION:
      g_value_set_int (value, self->section);
      break;

    case PROP_LEVEL:
      g_value_set_int (value, self->level);
      break;

    case PROP_DOMAIN_ID:
      g_value_set_string (value, self->domain_id);
      break;

    case PROP_SUBJECT_ID:
      g_value_set_string (value, self->subject_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
string_property (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, NULL,
                              G_PARAM_READABLE | G_PARAM_STATIC_STRINGS |
                              G_PARAM_EXPLICIT_NOTIFY);
}

static void
fw_finding_class_init (FwFindingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fw_finding_finalize;
  object_class->get_property = fw_finding_get_property;

  properties[PROP_RULE_ID] = string_property ("rule-id");
  properties[PROP_SEVERITY] =
    g_param_spec_int ("severity", NULL, NULL,
                      FW_SEVERITY_ERROR, FW_SEVERITY_INFO, FW_SEVERITY_ERROR,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_MESSAGE] = string_property ("message");
  properties[PROP_PATH] = string_property ("path");
  properties[PROP_STATEMENT_ID] = string_property ("statement-id");
  properties[PROP_FIELD] = string_property ("field");
  properties[PROP_HINT] = string_property ("hint");
  properties[PROP_SECTION] =
    g_param_spec_int ("section", NULL, NULL,
                      FW_FINDING_SECTION_OCCUPATION, FW_FINDING_SECTION_SOURCES,
                      FW_FINDING_SECTION_OCCUPATION,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_LEVEL] =
    g_param_spec_int ("level", NULL, NULL, -1, G_MAXINT, -1,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_DOMAIN_ID] = string_property ("domain-id");
  properties[PROP_SUBJECT_ID] = string_property ("subject-id");

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fw_finding_init (FwFinding *self)
{
  self->level = -1;
}

/**
 * fw_finding_new:
 *
 * @location: where it is; copied
 *
 * Creates a finding. A finding never changes, so its properties are read-only.
 */
FwFinding *
fw_finding_new (const char              *rule_id,
                FwSeverity               severity,
                const FwFindingLocation *location,
                const char              *path,
                const char              *statement_id,
                const char              *field,
                const char              *message,
                const char              *hint)
{
  FwFinding *self;

  g_return_val_if_fail (rule_id != NULL, NULL);
  g_return_val_if_fail (severity <= FW_SEVERITY_INFO, NULL);
  g_return_val_if_fail (location != NULL, NULL);
  g_return_val_if_fail (location->section <= FW_FINDING_SECTION_SOURCES, NULL);
  g_return_val_if_fail (location->level >= -1, NULL);
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (message != NULL, NULL);

  self = g_object_new (FW_TYPE_FINDING, NULL);
  self->rule_id = g_strdup (rule_id);
  self->severity = severity;
  self->path = g_strdup (path);
  self->statement_id = g_strdup (statement_id);
  self->field = g_strdup (field);
  self->message = g_strdup (message);
  self->hint = g_strdup (hint);
  self->section = location->section;
  self->level = location->level;
  self->domain_id = g_strdup (location->domain_id);
  self->subject_id = g_strdup (location->subject_id);

  return self;
}

const char *
fw_finding_get_rule_id (FwFinding *self)
{
  g_return_val_if_fail (FW_IS_FINDING (self), NULL);

  return self->rule_id;
}

FwSeverity
fw_finding_get_severity (FwFinding *self)
{
  g_return_val_if_fail (FW_IS_FINDING (self), FW_SEVERITY_ERROR);

  return self->severity;
}

const char *
fw_finding_get_message (FwFinding *self)
{
  g_return_val_if_fail (FW_IS_FINDING (self), NULL);

  return self->message;
}

const char *
fw_finding_get_untranslated_message (FwFinding *self)
{
  g_return_val_if_fail (FW_IS_FINDING (self), NULL);

  return self->untranslated_message != NULL ? self->untranslated_message : self->message;
}

char *
_fw_finding_vprintf_translated (const char *format,
                                va_list     args)
{
  /* The format is also a msgid: gettext hands it back when there is no translation. The
   * second look-up is cheap, and lets the compiler check the translation as a format. */
  if (_(format) == format)
    return NULL;

  return g_strdup_vprintf (_(format), args);
}

void
_fw_finding_set_translated_message (FwFinding  *self,
                                    const char *message)
{
  g_return_if_fail (FW_IS_FINDING (self));
  g_return_if_fail (message != NULL);

  if (self->untranslated_message == NULL)
    self->untranslated_message = g_steal_pointer (&self->message);
  g_free (self->message);
  self->message = g_strdup (message);
}

const char *
fw_finding_get_path (FwFinding *self)
{
  g_return_val_if_fail (FW_IS_FINDING (self), NULL);

  return self->path;
}

const char *
fw_finding_get_statement_id (FwFinding *self)
{
  g_return_val_if_fail (FW_IS_FINDING (self), NULL);

  return self->statement_id;
}

const char *
fw_finding_get_field (FwFinding *self)
{
  g_return_val_if_fail (FW_IS_FINDING (self), NULL);

  return self->field;
}

const char *
fw_finding_get_hint (FwFinding *self)
{
  g_return_val_if_fail (FW_IS_FINDING (self), NULL);

  /* Hints are fixed strings, marked with N_() where they are reported. An empty msgid would
   * look up the catalogue's header. */
  if (self->hint == NULL || self->hint[0] == '\0')
    return self->hint;

  return _(self->hint);
}

FwFindingSection
fw_finding_get_section (FwFinding *self)
{
  g_return_val_if_fail (FW_IS_FINDING (self), FW_FINDING_SECTION_OCCUPATION);

  return self->section;
}

/* FwLevelKey or FwDurableLevel, or -1 when the finding is about no one level. */
int
fw_finding_get_level (FwFinding *self)
{
  g_return_val_if_fail (FW_IS_FINDING (self), -1);

  return self->level;
}

const char *
fw_finding_get_domain_id (FwFinding *self)
{
  g_return_val_if_fail (FW_IS_FINDING (self), NULL);

  return self->domain_id;
}

const char *
fw_finding_get_subject_id (FwFinding *self)
{
  g_return_val_if_fail (FW_IS_FINDING (self), NULL);

  return self->subject_id;
}
