/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "fw-data.h"
#include "fw-error.h"
#include "fw-io.h"
#include "fw-json.h"
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
  FwJsonDoc  *doc;
  const char *base_dir;   /* directory of a profile file, for a relative "extends"; or NULL */
  guint       depth;
} ProfileParser;

static gboolean load_into (FwProfile   *self,
                           const char  *name_or_path,
                           const char  *base_dir,
                           guint        depth,
                           GError     **error);

static gboolean
fail_at_member (ProfileParser  *parser,
                JsonObject     *object,
                const char     *member,
                GError        **error,
                const char     *message)
{
  guint line = 0;
  guint column = 0;

  fw_json_doc_get_member_location (parser->doc, object, member, &line, &column);
  fw_set_error_at (error, FW_ERROR_INVALID, fw_json_doc_get_filename (parser->doc),
                   line, column, "%s", message);
  return FALSE;
}

static gboolean
expect_type (ProfileParser  *parser,
             JsonNode       *node,
             GType           value_type,
             const char     *member,
             const char     *what,
             GError        **error)
{
  gboolean ok;

  if (value_type == JSON_TYPE_ARRAY)
    ok = JSON_NODE_HOLDS_ARRAY (node);
  else if (value_type == JSON_TYPE_OBJECT)
    ok = JSON_NODE_HOLDS_OBJECT (node);
  else
    ok = JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == value_type;

  if (!ok)
    fw_json_doc_error_at (parser->doc, node, error, FW_ERROR_INVALID,
                          "\"%s\" must be %s", member, what);
  return ok;
}

static gboolean
read_count (ProfileParser  *parser,
            JsonNode       *node,
            const char     *member,
            guint           max,
            guint          *out,
            GError        **error)
{
  gint64 value;

  if (!expect_type (parser, node, G_TYPE_INT64, member, "a whole number", error))
    return FALSE;

  value = json_node_get_int (node);
  if (value < 0 || value > max)
    {
      fw_json_doc_error_at (parser->doc, node, error, FW_ERROR_INVALID,
                            "\"%s\" must be between 0 and %u", member, max);
      return FALSE;
    }

  *out = (guint) value;
  return TRUE;
}

static gboolean
read_fraction (ProfileParser  *parser,
               JsonNode       *node,
               const char     *member,
               double          min,
               double          max,
               double         *out,
               GError        **error)
{
  double value;

  if (!JSON_NODE_HOLDS_VALUE (node) ||
      (json_node_get_value_type (node) != G_TYPE_DOUBLE &&
       json_node_get_value_type (node) != G_TYPE_INT64))
    {
      fw_json_doc_error_at (parser->doc, node, error, FW_ERROR_INVALID,
                            "\"%s\" must be a number", member);
      return FALSE;
    }

  value = json_node_get_double (node);
  if (!(value >= min && value <= max))
    {
      fw_json_doc_error_at (parser->doc, node, error, FW_ERROR_INVALID,
                            "\"%s\" must be between %g and %g", member, min, max);
      return FALSE;
    }

  *out = value;
  return TRUE;
}

static gboolean
read_domains (FwProfile      *self,
              ProfileParser  *parser,
              JsonNode       *node,
              GError        **error)
{
  JsonArray *array;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint n;

  if (!expect_type (parser, node, JSON_TYPE_ARRAY, "expectedDomains", "an array of names",
                    error))
    return FALSE;

  array = json_node_get_array (node);
  n = json_array_get_length (array);
  for (guint i = 0; i < n; i++)
    {
      JsonNode *item = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (item) || json_node_get_value_type (item) != G_TYPE_STRING ||
          *json_node_get_string (item) == '\0')
        {
          fw_json_doc_error_at (parser->doc, item, error, FW_ERROR_INVALID,
                                "\"expectedDomains\" must hold domain names (non-empty strings)");
          return FALSE;
        }
      g_strv_builder_add (builder, json_node_get_string (item));
    }

  g_strfreev (self->domains);
  self->domains = g_strv_builder_end (builder);
  return TRUE;
}

static gboolean
read_sections (FwProfile      *self,
               ProfileParser  *parser,
               JsonNode       *node,
               GError        **error)
{
  JsonArray *array;
  guint bits = 0;
  guint n;

  if (!expect_type (parser, node, JSON_TYPE_ARRAY, "finalPeriodSections",
                    "an array of section names", error))
    return FALSE;

  array = json_node_get_array (node);
  n = json_array_get_length (array);
  for (guint i = 0; i < n; i++)
    {
      JsonNode *item = json_array_get_element (array, i);
      gboolean found = FALSE;

      for (guint s = 0; s < G_N_ELEMENTS (section_names) && JSON_NODE_HOLDS_VALUE (item) &&
                        json_node_get_value_type (item) == G_TYPE_STRING; s++)
        {
          if (g_str_equal (json_node_get_string (item), section_names[s]))
            {
              bits |= 1u << s;
              found = TRUE;
            }
        }

      if (!found)
        {
          fw_json_doc_error_at (parser->doc, item, error, FW_ERROR_INVALID,
                                "unknown section in \"finalPeriodSections\": use \"levels\", "
                                "\"aiFluency\" or \"durableSkills\"");
          return FALSE;
        }
    }

  self->final_period_sections = bits;
  return TRUE;
}

static gboolean
read_rule (FwProfile      *self,
           ProfileParser  *parser,
           JsonObject     *rules,
           const char     *rule_id,
           GError        **error)
{
  JsonNode *node = json_object_get_member (rules, rule_id);
  JsonObject *object;
  g_autoptr(GList) members = NULL;
  int index = _fw_rule_lookup (rule_id);

  if (index < 0)
    {
      g_autofree char *message =
        g_strdup_printf ("unknown rule \"%s\" (framewright-cli rules lists them)", rule_id);
      return fail_at_member (parser, rules, rule_id, error, message);
    }

  if (!expect_type (parser, node, JSON_TYPE_OBJECT, rule_id,
                    "an object such as {\"enabled\": false} or {\"severity\": \"error\"}", error))
    return FALSE;

  object = json_node_get_object (node);
  members = json_object_get_members (object);
  for (const GList *l = members; l != NULL; l = l->next)
    {
      const char *key = l->data;
      JsonNode *value = json_object_get_member (object, key);

      if (g_str_equal (key, "enabled"))
        {
          if (!expect_type (parser, value, G_TYPE_BOOLEAN, key, "true or false", error))
            return FALSE;
          self->enabled[index] = json_node_get_boolean (value);
        }
      else if (g_str_equal (key, "severity"))
        {
          if (!JSON_NODE_HOLDS_VALUE (value) ||
              json_node_get_value_type (value) != G_TYPE_STRING ||
              !fw_severity_from_string (json_node_get_string (value), &self->severity[index]))
            {
              fw_json_doc_error_at (parser->doc, value, error, FW_ERROR_INVALID,
                                    "\"severity\" must be \"error\", \"warning\" or \"info\"");
              return FALSE;
            }
        }
      else
        {
          g_autofree char *message =
            g_strdup_printf ("unknown member \"%s\" in rule %s: use \"enabled\" or \"severity\"",
                             key, rule_id);
          return fail_at_member (parser, object, key, error, message);
        }
    }

  return TRUE;
}

static gboolean
read_rules (FwProfile      *self,
            ProfileParser  *parser,
            JsonNode       *node,
            GError        **error)
{
  g_autoptr(GList) members = NULL;
  JsonObject *rules;

  if (!expect_type (parser, node, JSON_TYPE_OBJECT, "rules", "an object keyed by rule id",
                    error))
    return FALSE;

  rules = json_node_get_object (node);
  members = json_object_get_members (rules);
  for (const GList *l = members; l != NULL; l = l->next)
    {
      if (!read_rule (self, parser, rules, l->data, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
read_member (FwProfile      *self,
             ProfileParser  *parser,
             JsonObject     *root,
             const char     *key,
             GError        **error)
{
  JsonNode *node = json_object_get_member (root, key);

  if (g_str_equal (key, "name"))
    {
      if (!expect_type (parser, node, G_TYPE_STRING, key, "a string", error))
        return FALSE;
      g_free (self->name);
      self->name = g_strdup (json_node_get_string (node));
      return TRUE;
    }
  if (g_str_equal (key, "extends") || g_str_equal (key, "description"))
    return expect_type (parser, node, G_TYPE_STRING, key, "a string", error);
  if (g_str_equal (key, "expectedStatementsPerLevel"))
    return read_count (parser, node, key, 1000, &self->expected_statements, error);
  if (g_str_equal (key, "expectedDomains"))
    return read_domains (self, parser, node, error);
  if (g_str_equal (key, "nearDuplicateThreshold"))
    return read_fraction (parser, node, key, 0.0, 1.0, &self->near_threshold, error);
  if (g_str_equal (key, "seniorityMargin"))
    return read_fraction (parser, node, key, 0.0, 3.0, &self->seniority_margin, error);
  if (g_str_equal (key, "headlineMaxWords"))
    return read_count (parser, node, key, 1000, &self->headline_words, error);
  if (g_str_equal (key, "headlineMaxChars"))
    return read_count (parser, node, key, 100000, &self->headline_chars, error);
  if (g_str_equal (key, "finalPeriodSections"))
    return read_sections (self, parser, node, error);
  if (g_str_equal (key, "rules"))
    return read_rules (self, parser, node, error);

  {
    g_autofree char *message = g_strdup_printf ("unknown profile member \"%s\"", key);
    return fail_at_member (parser, root, key, error, message);
  }
}

static gboolean
read_extends (FwProfile      *self,
              ProfileParser  *parser,
              JsonObject     *root,
              GError        **error)
{
  JsonNode *node = json_object_get_member (root, "extends");
  g_autoptr(GError) local_error = NULL;
  g_autofree char *own_name = NULL;

  if (node == NULL)
    return TRUE;
  if (!expect_type (parser, node, G_TYPE_STRING, "extends", "the name or path of a profile",
                    error))
    return FALSE;

  if (parser->depth >= PROFILE_MAX_EXTENDS)
    {
      fw_json_doc_error_at (parser->doc, node, error, FW_ERROR_INVALID,
                            "profiles extend each other more than %d deep (a loop?)",
                            PROFILE_MAX_EXTENDS);
      return FALSE;
    }

  /* The profile keeps its own name, not the one it extends. */
  own_name = g_strdup (self->name);
  if (!load_into (self, json_node_get_string (node), parser->base_dir, parser->depth + 1,
                  &local_error))
    {
      /* Say once, at the top of a chain, which profile could not be loaded. */
      if (parser->depth > 0)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        fw_json_doc_error_at (parser->doc, node, error, FW_ERROR_INVALID,
                              "cannot load the profile it extends: %s", local_error->message);
      return FALSE;
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
  ProfileParser parser = { NULL, base_dir, depth };
  JsonNode *root;
  JsonObject *object;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  doc = fw_json_doc_parse (data, length, filename, error);
  if (doc == NULL)
    return FALSE;

  parser.doc = doc;
  root = fw_json_doc_get_root (doc);
  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      fw_json_doc_error_at (doc, root, error, FW_ERROR_INVALID, "a profile must be a JSON object");
      return FALSE;
    }

  object = json_node_get_object (root);
  /* The profile it extends comes first, so that this one's members override it. */
  if (!read_extends (self, &parser, object, error))
    return FALSE;

  members = json_object_get_members (object);
  for (const GList *l = members; l != NULL; l = l->next)
    {
      if (!read_member (self, &parser, object, l->data, error))
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
