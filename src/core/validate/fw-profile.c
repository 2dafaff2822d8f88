/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "fw-data.h"
#include "fw-error.h"
#include "fw-io.h"
#include "fw-json-members.h"
#include "fw-rules-private.h"
#include "fw-validator.h"

/*
 * A profile switches rules on and off, sets their severities and holds the expected counts.
 * It is a JSON file (see data/profiles/nsx-1.0.json). A profile either starts from neutral
 * values (no expected counts, every rule on at its default severity) or "extends" another one
 * and changes what it names. Profiles never change once loaded, so threads may share them.
 */

#define PROFILE_MAX_SIZE    (1024 * 1024)
#define PROFILE_MAX_EXTENDS 8

struct _FwProfile
{
  GObject     parent_instance;

  char       *name;
  guint       expected_statements;
  char      **domains;
  double      near_threshold;
  guint       headline_words;
  guint       headline_chars;
  double      seniority_margin;
  guint       final_period_sections;   /* bits: 1 << FwSection */
  gboolean    enabled[FW_N_RULES];
  FwSeverity  severity[FW_N_RULES];
  char       *case_base_uri;
};

G_DEFINE_FINAL_TYPE (FwProfile, fw_profile, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const section_names[] = { "levels", "aiFluency", "durableSkills" };

static void
fw_profile_finalize (GObject *object)
{
  FwProfile *self = FW_PROFILE (object);

  g_free (self->name);
  g_free (self->case_base_uri);
  g_strfreev (self->domains);

  G_OBJECT_CLASS (fw_profile_parent_class)->finalize (object);
}

static void
fw_profile_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  FwProfile *self = FW_PROFILE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fw_profile_class_init (FwProfileClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fw_profile_finalize;
  object_class->get_property = fw_profile_get_property;

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fw_profile_init (FwProfile *self)
{
  const FwRuleInfo *rules = fw_validator_get_rules (NULL);

  self->name = g_strdup ("");
  self->domains = g_new0 (char *, 1);
  self->near_threshold = 0.8;
  self->seniority_margin = 0.25;
  self->final_period_sections = 1u << FW_SECTION_LEVELS;

  for (guint i = 0; i < FW_N_RULES; i++)
    {
      self->enabled[i] = TRUE;
      self->severity[i] = rules[i].severity;
    }
}

/* Parsing ----------------------------------------------------------------------------------- */

typedef struct
{
  FwJsonReader  reader;
  const char   *base_dir;   /* directory of a profile file, for a relative "extends"; or NULL */
  guint         depth;
} ProfileParser;

static gboolean load_into (FwProfile   *self,
                           const char  *name_or_path,
                           const char  *base_dir,
                           guint        depth,
                           GError     **error);

static gboolean
read_count (ProfileParser *parser,
            JsonObject    *root,
            const char    *member,
            int            max,
            guint         *out)
{
  int value = -1;

  if (!fw_json_read_integer (&parser->reader, root, NULL, member, 0, max, &value))
    return FALSE;

  if (value >= 0)
    *out = (guint) value;
  return TRUE;
}

static gboolean
read_fraction (ProfileParser *parser,
               JsonObject    *root,
               const char    *member,
               double         min,
               double         max,
               double        *out)
{
  double value;

  if (!fw_json_read_number (&parser->reader, root, NULL, member, &value))
    return FALSE;

  if (!(value >= min && value <= max))
    return fw_json_fail_at_node (&parser->reader, json_object_get_member (root, member), member,
                                 "expected a number from %g to %g, got %g", min, max, value);

  *out = value;
  return TRUE;
}

static gboolean
read_domains (FwProfile     *self,
              ProfileParser *parser,
              JsonObject    *root)
{
  g_auto(GStrv) domains = NULL;

  if (!fw_json_read_strv (&parser->reader, root, "", "expectedDomains", &domains))
    return FALSE;

  for (guint i = 0; domains[i] != NULL; i++)
    {
      if (domains[i][0] == '\0')
        {
          JsonArray *array = json_object_get_array_member (root, "expectedDomains");
          g_autofree char *path = g_strdup_printf ("expectedDomains[%u]", i);

          return fw_json_fail_at_node (&parser->reader, json_array_get_element (array, i), path,
                                       "expected a domain name, got an empty string");
        }
    }

  g_strfreev (self->domains);
  self->domains = g_steal_pointer (&domains);
  return TRUE;
}

static gboolean
read_sections (FwProfile     *self,
               ProfileParser *parser,
               JsonObject    *root)
{
  g_auto(GStrv) names = NULL;
  guint bits = 0;

  if (!fw_json_read_strv (&parser->reader, root, "", "finalPeriodSections", &names))
    return FALSE;

  for (guint i = 0; names[i] != NULL; i++)
    {
      gboolean found = FALSE;

      for (guint s = 0; s < G_N_ELEMENTS (section_names); s++)
        {
          if (g_str_equal (names[i], section_names[s]))
            {
              bits |= 1u << s;
              found = TRUE;
            }
        }

      if (!found)
        {
          JsonArray *array = json_object_get_array_member (root, "finalPeriodSections");
          g_autofree char *path = g_strdup_printf ("finalPeriodSections[%u]", i);

          return fw_json_fail_at_node (&parser->reader, json_array_get_element (array, i), path,
                                       "unknown section \"%s\": use \"levels\", \"aiFluency\" "
                                       "or \"durableSkills\"", names[i]);
        }
    }

  self->final_period_sections = bits;
  return TRUE;
}

static gboolean
read_rule (FwProfile     *self,
           ProfileParser *parser,
           JsonObject    *rules,
           const char    *rule_id)
{
  JsonNode *node = json_object_get_member (rules, rule_id);
  JsonObject *object;
  g_autoptr(GList) members = NULL;
  g_autofree char *path = NULL;
  int index = _fw_rule_lookup (rule_id);

  if (index < 0)
    return fw_json_fail_at_member (&parser->reader, rules, rule_id,
                                   "unknown rule \"%s\" (framewright-cli rules lists them)",
                                   rule_id);

  path = fw_json_join_path ("rules", rule_id);
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fw_json_fail_wrong_type (&parser->reader, node, path,
                                    "an object such as {\"enabled\": false} or "
                                    "{\"severity\": \"error\"}");

  object = json_node_get_object (node);
  members = json_object_get_members (object);
  for (const GList *l = members; l != NULL; l = l->next)
    {
      const char *key = l->data;
      JsonNode *value = json_object_get_member (object, key);
      g_autofree char *member_path = fw_json_join_path (path, key);

      if (g_str_equal (key, "enabled"))
        {
          if (!JSON_NODE_HOLDS_VALUE (value) || json_node_get_value_type (value) != G_TYPE_BOOLEAN)
            return fw_json_fail_wrong_type (&parser->reader, value, member_path, "true or false");
          self->enabled[index] = json_node_get_boolean (value);
        }
      else if (g_str_equal (key, "severity"))
        {
          const char *severity;

          if (!fw_json_read_string (&parser->reader, object, path, key, &severity))
            return FALSE;
          if (!fw_severity_from_string (severity, &self->severity[index]))
            return fw_json_fail_at_node (&parser->reader, value, member_path,
                                         "expected \"error\", \"warning\" or \"info\", "
                                         "got \"%s\"", severity);
        }
      else
        {
          return fw_json_fail_at_member (&parser->reader, object, key,
                                         "unknown member \"%s\" in rule %s: use \"enabled\" "
                                         "or \"severity\"", key, rule_id);
        }
    }

  return TRUE;
}

static gboolean
read_rules (FwProfile     *self,
            ProfileParser *parser,
            JsonObject    *root)
{
  JsonNode *node = json_object_get_member (root, "rules");
  g_autoptr(GList) members = NULL;
  JsonObject *rules;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fw_json_fail_wrong_type (&parser->reader, node, "rules", "an object keyed by rule id");

  rules = json_node_get_object (node);
  members = json_object_get_members (rules);
  for (const GList *l = members; l != NULL; l = l->next)
    {
      if (!read_rule (self, parser, rules, l->data))
        return FALSE;
    }

  return TRUE;
}

static gboolean
read_member (FwProfile     *self,
             ProfileParser *parser,
             JsonObject    *root,
             const char    *key)
{
  const char *string;

  if (g_str_equal (key, "name"))
    {
      if (!fw_json_read_string (&parser->reader, root, NULL, key, &string))
        return FALSE;
      g_free (self->name);
      self->name = g_strdup (string);
      return TRUE;
    }
  if (g_str_equal (key, "extends") || g_str_equal (key, "description"))
    return fw_json_read_string (&parser->reader, root, NULL, key, &string);
  if (g_str_equal (key, "expectedStatementsPerLevel"))
    return read_count (parser, root, key, 1000, &self->expected_statements);
  if (g_str_equal (key, "expectedDomains"))
    return read_domains (self, parser, root);
  if (g_str_equal (key, "nearDuplicateThreshold"))
    return read_fraction (parser, root, key, 0.0, 1.0, &self->near_threshold);
  if (g_str_equal (key, "seniorityMargin"))
    return read_fraction (parser, root, key, 0.0, 3.0, &self->seniority_margin);
  if (g_str_equal (key, "headlineMaxWords"))
    return read_count (parser, root, key, 1000, &self->headline_words);
  if (g_str_equal (key, "headlineMaxChars"))
    return read_count (parser, root, key, 100000, &self->headline_chars);
  if (g_str_equal (key, "finalPeriodSections"))
    return read_sections (self, parser, root);
  if (g_str_equal (key, "rules"))
    return read_rules (self, parser, root);
  if (g_str_equal (key, "caseBaseUri"))
    {
      if (!fw_json_read_string (&parser->reader, root, NULL, key, &string))
        return FALSE;
      g_free (self->case_base_uri);
      self->case_base_uri = g_strdup (string);
      return TRUE;
    }

  return fw_json_fail_at_member (&parser->reader, root, key, "unknown profile member \"%s\"",
                                 key);
}

static gboolean
read_extends (FwProfile     *self,
              ProfileParser *parser,
              JsonObject    *root)
{
  JsonNode *node = json_object_get_member (root, "extends");
  g_autoptr(GError) local_error = NULL;
  g_autofree char *own_name = NULL;
  const char *extends;

  if (!fw_json_read_string (&parser->reader, root, NULL, "extends", &extends))
    return FALSE;
  if (extends == NULL)
    return TRUE;

  if (parser->depth >= PROFILE_MAX_EXTENDS)
    return fw_json_fail_at_node (&parser->reader, node, NULL,
                                 "profiles extend each other more than %d deep (a loop?)",
                                 PROFILE_MAX_EXTENDS);

  /* The profile keeps its own name, not the one it extends. */
  own_name = g_strdup (self->name);
  if (!load_into (self, extends, parser->base_dir, parser->depth + 1, &local_error))
    {
      /* Say once, at the top of a chain, which profile could not be loaded. */
      if (parser->depth > 0)
        {
          g_propagate_error (parser->reader.error, g_steal_pointer (&local_error));
          return FALSE;
        }
      return fw_json_fail_at_node (&parser->reader, node, NULL,
                                   "cannot load the profile it extends: %s",
                                   local_error->message);
    }
  g_free (self->name);
  self->name = g_steal_pointer (&own_name);

  return TRUE;
}

static gboolean
parse_into (FwProfile   *self,
            GBytes      *bytes,
            const char  *filename,
            const char  *base_dir,
            guint        depth,
            GError     **error)
{
  g_autoptr(FwJsonDoc) doc = NULL;
  g_autoptr(GList) members = NULL;
  ProfileParser parser = { { NULL, error, TRUE }, base_dir, depth };
  JsonNode *root;
  JsonObject *object;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  doc = fw_json_doc_parse (data, length, filename, error);
  if (doc == NULL)
    return FALSE;

  parser.reader.json = doc;
  root = fw_json_doc_get_root (doc);
  if (!JSON_NODE_HOLDS_OBJECT (root))
    return fw_json_fail_at_node (&parser.reader, root, NULL, "a profile must be a JSON object");

  object = json_node_get_object (root);
  /* The profile it extends comes first, so that this one's members override it. */
  if (!read_extends (self, &parser, object))
    return FALSE;

  members = json_object_get_members (object);
  for (const GList *l = members; l != NULL; l = l->next)
    {
      if (!read_member (self, &parser, object, l->data))
        return FALSE;
    }

  return TRUE;
}

static gboolean
looks_like_path (const char *name_or_path)
{
  return strchr (name_or_path, '/') != NULL || strchr (name_or_path, G_DIR_SEPARATOR) != NULL ||
         g_str_has_suffix (name_or_path, ".json");
}

static gboolean
load_shipped (FwProfile   *self,
              const char  *name,
              guint        depth,
              GError     **error)
{
  g_autofree char *relative = g_strconcat ("profiles/", name, ".json", NULL);
  g_autoptr(GBytes) bytes = fw_data_lookup (relative);

  if (bytes == NULL)
    {
      fw_set_error_at (error, FW_ERROR_IO, name, 0, 0,
                       "no shipped profile has this name (shipped: nsx-1.0, strict-example); "
                       "give the path of a profile file instead");
      return FALSE;
    }

  return parse_into (self, bytes, relative, NULL, depth, error);
}

static gboolean
load_file (FwProfile   *self,
           const char  *path,
           guint        depth,
           GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *basename = NULL;

  bytes = fw_io_load (path, PROFILE_MAX_SIZE, error);
  if (bytes == NULL)
    return FALSE;

  /* A profile without a "name" member is named after its file. */
  basename = g_path_get_basename (path);
  if (g_str_has_suffix (basename, ".json"))
    basename[strlen (basename) - strlen (".json")] = '\0';
  g_free (self->name);
  self->name = g_steal_pointer (&basename);

  dir = g_path_get_dirname (path);
  return parse_into (self, bytes, path, dir, depth, error);
}

static gboolean
load_into (FwProfile   *self,
           const char  *name_or_path,
           const char  *base_dir,
           guint        depth,
           GError     **error)
{
  g_autofree char *path = NULL;

  if (!looks_like_path (name_or_path))
    {
      g_autofree char *relative = g_strconcat ("profiles/", name_or_path, ".json", NULL);
      g_autoptr(GBytes) shipped = fw_data_lookup (relative);

      if (shipped != NULL || !g_file_test (name_or_path, G_FILE_TEST_EXISTS))
        return load_shipped (self, name_or_path, depth, error);
    }

  if (base_dir != NULL && !g_path_is_absolute (name_or_path))
    path = g_build_filename (base_dir, name_or_path, NULL);
  else
    path = g_strdup (name_or_path);

  return load_file (self, path, depth, error);
}

/* Public API -------------------------------------------------------------------------------- */

/**
 * fw_profile_load:
 * @name_or_path: a shipped profile's name ("nsx-1.0") or the path of a profile file
 * @error: return location for a #GError in the %FW_ERROR domain
 *
 * Loads a profile. Errors carry the location in the profile file:
 * `FILE:LINE:COLUMN: error: …`.
 *
 * Returns: (transfer full) (nullable): the profile, or %NULL with @error set
 */
FwProfile *
fw_profile_load (const char  *name_or_path,
                 GError     **error)
{
  g_autoptr(FwProfile) self = NULL;

  g_return_val_if_fail (name_or_path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (FW_TYPE_PROFILE, NULL);
  g_free (self->name);
  self->name = g_strdup (name_or_path);

  if (!load_into (self, name_or_path, NULL, 0, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * fw_profile_get_default:
 *
 * The shipped nsx-1.0 profile, loaded once and shared (also between threads).
 *
 * Returns: (transfer none): the default profile
 */
FwProfile *
fw_profile_get_default (void)
{
  static FwProfile *profile;

  if (g_once_init_enter (&profile))
    {
      g_autoptr(GError) error = NULL;
      FwProfile *loaded = fw_profile_load ("nsx-1.0", &error);

      if (loaded == NULL)
        {
          /* Only a broken build lacks the shipped profile; neutral values keep validation
           * working. */
          g_warning ("%s", error->message);
          loaded = g_object_new (FW_TYPE_PROFILE, NULL);
          g_free (loaded->name);
          loaded->name = g_strdup ("nsx-1.0");
        }
      g_once_init_leave (&profile, loaded);
    }

  return profile;
}

const char *
fw_profile_get_name (FwProfile *self)
{
  g_return_val_if_fail (FW_IS_PROFILE (self), NULL);

  return self->name;
}

guint
fw_profile_get_expected_statements (FwProfile *self)
{
  g_return_val_if_fail (FW_IS_PROFILE (self), 0);

  return self->expected_statements;
}

/* Private API for the rules ------------------------------------------------------------------ */

gboolean
_fw_profile_rule_enabled (FwProfile *profile,
                          FwRule     rule)
{
  g_assert (rule < FW_N_RULES);

  return profile->enabled[rule];
}

FwSeverity
_fw_profile_rule_severity (FwProfile *profile,
                           FwRule     rule)
{
  g_assert (rule < FW_N_RULES);

  return profile->severity[rule];
}

const char * const *
_fw_profile_get_domains (FwProfile *profile)
{
  return (const char * const *) profile->domains;
}

double
_fw_profile_get_near_threshold (FwProfile *profile)
{
  return profile->near_threshold;
}

guint
_fw_profile_get_headline_words (FwProfile *profile)
{
  return profile->headline_words;
}

guint
_fw_profile_get_headline_chars (FwProfile *profile)
{
  return profile->headline_chars;
}

double
_fw_profile_get_seniority_margin (FwProfile *profile)
{
  return profile->seniority_margin;
}

gboolean
_fw_profile_wants_final_period (FwProfile *profile,
                                FwSection  section)
{
  return (profile->final_period_sections & (1u << section)) != 0;
}

/**
 * fw_profile_get_case_base_uri:
 *
 * Returns: (nullable): where the uri fields of CASE exports point (the "caseBaseUri" member),
 *   or %NULL when the profile sets none
 */
const char *
fw_profile_get_case_base_uri (FwProfile *self)
{
  g_return_val_if_fail (FW_IS_PROFILE (self), NULL);

  return self->case_base_uri;
}

const char * const *
fw_profile_get_expected_domains (FwProfile *self)
{
  static const char * const none[] = { NULL };

  g_return_val_if_fail (FW_IS_PROFILE (self), NULL);

  return self->domains != NULL ? (const char * const *) self->domains : none;
}
