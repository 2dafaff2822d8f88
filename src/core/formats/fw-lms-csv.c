/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "fw-case-private.h"
#include "fw-csv-private.h"
#include "fw-format-readers.h"

/*
 * Outcome imports of two learning-management systems, written only:
 *
 * Canvas LMS, "Outcomes CSV Format" (Instructure's outcomes import documentation): columns
 * vendor_guid, object_type ("group" or "outcome"), title, description, display_name,
 * calculation_method, calculation_int, workflow_state, parent_guids (space-separated
 * vendor_guids of the parent groups), then ratings as points/description pairs in the
 * "ratings" column and the unnamed columns after it.
 *
 * Moodle, admin/tool/lpimportcsv (framework_importer::list_required_headers): fourteen columns
 * read by position, "Parent ID number", "ID number", "Short name", "Description",
 * "Description format", "Scale values", "Scale configuration", "Rule type (optional)",
 * "Rule outcome (optional)", "Rule config (optional)", "Cross-referenced competency ID
 * numbers", "Exported ID (optional)", "Is framework", "Taxonomy"; the one row whose "Is
 * framework" is true describes the framework, the others its competencies.
 *
 * Both take the level scale as their rating scale, and identify each group and outcome by the
 * identifier its CASE item has, so that a re-export updates rather than duplicates.
 */

/* Canvas: how mastery of an outcome is judged from its scores: the latest one counts. */
#define CANVAS_CALCULATION_METHOD "latest"
#define CANVAS_ACTIVE "active"

/* Moodle: FORMAT_PLAIN; and short names are cut to what its importer keeps. */
#define MOODLE_FORMAT_PLAIN "2"
#define MOODLE_SHORTNAME_MAX 100
#define MOODLE_TAXONOMY "level,competency,competency"

typedef struct
{
  FwDocument *document;
  char       *document_id;
  GString    *out;
} LmsWriter;

static char *
item_id (LmsWriter  *writer,
         const char *key)
{
  return _fw_case_item_identifier (writer->document_id, key);
}

/* Canvas -------------------------------------------------------------------------------- */

static const char * const canvas_header[] = {
  "vendor_guid", "object_type", "title", "description", "display_name", "calculation_method",
  "calculation_int", "workflow_state", "parent_guids", "ratings", "", "", "", "", "", "", "",
  NULL
};

static void
canvas_group (LmsWriter  *writer,
              const char *guid,
              const char *title,
              const char *description,
              const char *parent)
{
  const char *row[] = {
    guid, "group", title, description, "", "", "", CANVAS_ACTIVE, parent,
    "", "", "", "", "", "", "", "", NULL
  };

  _fw_csv_append_row (writer->out, row);
}

static void
canvas_outcomes (LmsWriter  *writer,
                 GListModel *statements,
                 const char *parent,
                 const char *label)
{
  char points[FW_N_LEVELS][4];
  const char *ratings[2 * FW_N_LEVELS];

  /* The level scale, from the highest level down, as Canvas lists ratings. */
  for (guint i = 0; i < FW_N_LEVELS; i++)
    {
      guint key = FW_N_LEVELS - 1 - i;

      g_snprintf (points[i], sizeof points[i], "%u", key + 1);
      ratings[2 * i] = points[i];
      ratings[2 * i + 1] = fw_level_get_label (fw_document_get_level (writer->document, key));
    }

  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(FwStatement) statement = g_list_model_get_item (statements, i);
      g_autofree char *key = g_strconcat ("statement:", fw_statement_get_id (statement), NULL);
      g_autofree char *guid = item_id (writer, key);
      g_autofree char *text = fw_statement_to_text (statement);
      g_autofree char *display = g_strdup_printf ("%s %u", label, i + 1);
      const char *row[] = {
        guid, "outcome", fw_statement_get_headline (statement), text, display,
        CANVAS_CALCULATION_METHOD, "", CANVAS_ACTIVE, parent,
        ratings[0], ratings[1], ratings[2], ratings[3], ratings[4], ratings[5], ratings[6],
        ratings[7], NULL
      };

      _fw_csv_append_row (writer->out, row);
    }
}

static void
canvas_durable (LmsWriter  *writer,
                const char *root)
{
  GListModel *domains = G_LIST_MODEL (fw_document_get_domains (writer->document));

  for (guint i = 0; i < g_list_model_get_n_items (domains); i++)
    {
      g_autoptr(FwDomain) domain = g_list_model_get_item (domains, i);
      g_autofree char *key = g_strconcat ("domain:", fw_domain_get_name (domain), NULL);
      g_autofree char *guid = item_id (writer, key);

      canvas_group (writer, guid, fw_domain_get_name (domain), "", root);
      for (guint level = 0; level < FW_N_DURABLE_LEVELS; level++)
        {
          g_autofree char *level_key = g_strconcat (key, ":", fw_durable_level_to_string (level),
                                                    NULL);
          g_autofree char *level_guid = item_id (writer, level_key);
          g_autofree char *label = g_strdup_printf ("%s %s", fw_domain_get_name (domain),
                                                    fw_durable_level_default_label (level));

          canvas_group (writer, level_guid, label, "", guid);
          canvas_outcomes (writer, G_LIST_MODEL (fw_domain_get_cell (domain, level)),
                           level_guid, label);
        }
    }
}

GBytes *
fw_canvas_csv_write (FwDocument *document)
{
  LmsWriter writer = { document, NULL, NULL };
  g_autofree char *title = NULL;

  g_return_val_if_fail (FW_IS_DOCUMENT (document), NULL);

  writer.document_id = _fw_case_document_identifier (document);
  writer.out = g_string_new (NULL);
  title = g_strdup_printf ("%s (%s)", fw_document_get_title (document),
                           fw_document_get_soc (document));

  _fw_csv_append_row (writer.out, canvas_header);
  canvas_group (&writer, writer.document_id, title, fw_document_get_context_covered (document),
                "");
  for (guint key = 0; key < FW_N_LEVELS; key++)
    {
      FwLevel *level = fw_document_get_level (document, key);
      g_autofree char *name = g_strconcat ("level:", fw_level_key_to_string (key), NULL);
      g_autofree char *guid = item_id (&writer, name);
      g_autofree char *ai_label = g_strdup_printf ("%s AI", fw_level_get_label (level));

      canvas_group (&writer, guid, fw_level_get_label (level), fw_level_get_role_label (level),
                    writer.document_id);
      canvas_outcomes (&writer, G_LIST_MODEL (fw_level_get_statements (level)), guid,
                       fw_level_get_label (level));
      canvas_outcomes (&writer, G_LIST_MODEL (fw_level_get_ai_statements (level)), guid,
                       ai_label);
    }
  canvas_durable (&writer, writer.document_id);

  g_free (writer.document_id);
  return g_string_free_to_bytes (writer.out);
}

/* Moodle -------------------------------------------------------------------------------- */

static const char * const moodle_header[] = {
  "Parent ID number", "ID number", "Short name", "Description", "Description format",
  "Scale values", "Scale configuration", "Rule type (optional)", "Rule outcome (optional)",
  "Rule config (optional)", "Cross-referenced competency ID numbers", "Exported ID (optional)",
  "Is framework", "Taxonomy", NULL
};

/* At most MOODLE_SHORTNAME_MAX characters, cut at a character boundary. */
static char *
short_name (const char *text)
{
  g_autofree char *head = NULL;

  if (g_utf8_strlen (text, -1) <= MOODLE_SHORTNAME_MAX)
    return g_strdup (text);

  head = g_utf8_substring (text, 0, MOODLE_SHORTNAME_MAX - 1);
  return g_strconcat (head, "…", NULL);
}

static void
moodle_competency (LmsWriter  *writer,
                   const char *parent,
                   const char *id,
                   const char *name,
                   const char *description)
{
  g_autofree char *shortened = short_name (name);
  const char *row[] = {
    parent, id, shortened, description, MOODLE_FORMAT_PLAIN, "", "", "", "0", "null", "", "",
    "", "", NULL
  };

  _fw_csv_append_row (writer->out, row);
}

static void
moodle_statements (LmsWriter  *writer,
                   GListModel *statements,
                   const char *parent)
{
  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(FwStatement) statement = g_list_model_get_item (statements, i);
      g_autofree char *key = g_strconcat ("statement:", fw_statement_get_id (statement), NULL);
      g_autofree char *id = item_id (writer, key);
      g_autofree char *text = fw_statement_to_text (statement);

      moodle_competency (writer, parent, id, fw_statement_get_headline (statement), text);
    }
}

/* Moodle's scale configuration: the scale (its id is set on import), then per value whether it
 * is the default and whether it shows proficiency. The first level is the default; the levels
 * from Proficient up are proficient. */
static char *
moodle_scale_configuration (void)
{
  GString *config = g_string_new ("[{\"scaleid\":\"0\"}");

  for (guint key = 0; key < FW_N_LEVELS; key++)
    g_string_append_printf (config, ",{\"id\":%u,\"scaledefault\":%d,\"proficient\":%d}", key + 1,
                            key == FW_LEVEL_EMERGING, key >= FW_LEVEL_PROFICIENT);
  g_string_append_c (config, ']');
  return g_string_free (config, FALSE);
}

GBytes *
fw_moodle_csv_write (FwDocument *document)
{
  LmsWriter writer = { document, NULL, NULL };
  g_autofree char *title = NULL;
  g_autofree char *config = moodle_scale_configuration ();
  g_autofree char *shortened = NULL;
  g_autoptr(GString) scale = g_string_new (NULL);
  GListModel *domains = G_LIST_MODEL (fw_document_get_domains (document));

  g_return_val_if_fail (FW_IS_DOCUMENT (document), NULL);

  writer.document_id = _fw_case_document_identifier (document);
  writer.out = g_string_new (NULL);
  title = g_strdup_printf ("%s (%s)", fw_document_get_title (document),
                           fw_document_get_soc (document));
  shortened = short_name (title);
  for (guint key = 0; key < FW_N_LEVELS; key++)
    g_string_append_printf (scale, "%s%s", key > 0 ? "," : "",
                            fw_level_get_label (fw_document_get_level (document, key)));

  _fw_csv_append_row (writer.out, moodle_header);
  {
    const char *row[] = {
      "", writer.document_id, shortened, fw_document_get_context_covered (document),
      MOODLE_FORMAT_PLAIN, scale->str, config, "", "", "", "", "", "1", MOODLE_TAXONOMY, NULL
    };

    _fw_csv_append_row (writer.out, row);
  }

  for (guint key = 0; key < FW_N_LEVELS; key++)
    {
      FwLevel *level = fw_document_get_level (document, key);
      g_autofree char *name = g_strconcat ("level:", fw_level_key_to_string (key), NULL);
      g_autofree char *id = item_id (&writer, name);

      moodle_competency (&writer, "", id, fw_level_get_label (level),
                         fw_level_get_role_label (level));
      moodle_statements (&writer, G_LIST_MODEL (fw_level_get_statements (level)), id);
      moodle_statements (&writer, G_LIST_MODEL (fw_level_get_ai_statements (level)), id);
    }

  for (guint i = 0; i < g_list_model_get_n_items (domains); i++)
    {
      g_autoptr(FwDomain) domain = g_list_model_get_item (domains, i);
      g_autofree char *key = g_strconcat ("domain:", fw_domain_get_name (domain), NULL);
      g_autofree char *id = item_id (&writer, key);

      moodle_competency (&writer, "", id, fw_domain_get_name (domain), "");
      for (guint level = 0; level < FW_N_DURABLE_LEVELS; level++)
        {
          g_autofree char *level_key = g_strconcat (key, ":", fw_durable_level_to_string (level),
                                                    NULL);
          g_autofree char *level_id = item_id (&writer, level_key);

          moodle_competency (&writer, id, level_id, fw_durable_level_default_label (level), "");
          moodle_statements (&writer, G_LIST_MODEL (fw_domain_get_cell (domain, level)),
                             level_id);
        }
    }

  g_free (writer.document_id);
  return g_string_free_to_bytes (writer.out);
}
