/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "fw-cli-private.h"

typedef struct
{
  const char *label;
  const char *value;
} Field;

/* Each label with its colon, padded so that the values line up however long the labels run in
 * the user's language (17 columns at least, as in English). */
static void
print_fields (const Field *fields,
              guint        n_fields)
{
  glong width = 17;

  for (guint i = 0; i < n_fields; i++)
    width = MAX (width, g_utf8_strlen (fields[i].label, -1) + 1);
  for (guint i = 0; i < n_fields; i++)
    {
      g_autofree char *with_colon = g_strdup_printf ("%s:", fields[i].label);
      glong padding = MAX (0, width - g_utf8_strlen (with_colon, -1));

      printf ("%s%*s %s\n", with_colon, (int) padding, "", fields[i].value);
    }
}

static const char *
or_none (const char *value)
{
  return value != NULL && value[0] != '\0' ? value : _("(none)");
}

static const char *
origin_name (FwOrigin origin)
{
  switch (origin)
    {
    case FW_ORIGIN_NATIVE:
      return _("Framewright file (.fwk)");

    case FW_ORIGIN_NSX:
      return _("NSX JSON export");

    case FW_ORIGIN_PAGE:
    default:
      return _("framework page");
    }
}

static char *
describe_levels (FwDocument *document,
                 gboolean    ai)
{
  g_autoptr(GString) details = g_string_new (NULL);
  guint total = 0;

  for (guint key = 0; key < FW_N_LEVELS; key++)
    {
      FwLevel *level = fw_document_get_level (document, key);
      GListStore *store = ai ? fw_level_get_ai_statements (level)
                             : fw_level_get_statements (level);
      guint n = g_list_model_get_n_items (G_LIST_MODEL (store));

      total += n;
      g_string_append_printf (details, "%s%s %u", key > 0 ? ", " : "",
                              fw_level_get_label (level), n);
    }

  return g_strdup_printf ("%u (%s)", total, details->str);
}

static char *
describe_domains (FwDocument *document)
{
  GListModel *domains = G_LIST_MODEL (fw_document_get_domains (document));
  guint n_domains = g_list_model_get_n_items (domains);
  guint n_statements = 0;

  for (guint i = 0; i < n_domains; i++)
    {
      g_autoptr(FwDomain) domain = g_list_model_get_item (domains, i);

      n_statements += fw_domain_count_statements (domain);
    }

  return g_strdup_printf (_("%u domains, %u statements"), n_domains, n_statements);
}

static char *
describe_evidence (FwEvidence *evidence)
{
  static const char * const properties[] = {
    "task-observations", "augment-share", "time-saved", "ai-autonomy", "top-skill",
    "safi-score", "quadrant", "precision", "wef-label", "wef-id", NULL
  };
  guint present = 0;

  for (guint i = 0; properties[i] != NULL; i++)
    present += fw_evidence_has (evidence, properties[i]) ? 1 : 0;

  return g_strdup_printf (_("%u of %u fields"), present, g_strv_length ((GStrv) properties));
}

static char *
describe_onet (FwOnet *onet)
{
  static const struct
  {
    const char *property;
    const char *label;
  } lists[] = {
    { "related-titles", N_("related titles") },
    { "skills", N_("skills") },
    { "knowledge", N_("knowledge") },
    { "abilities", N_("abilities") },
    { "work-styles", N_("work styles") },
    { "technology", N_("technology") },
    { "cip-codes", N_("CIP codes") },
  };
  g_autoptr(GString) text = g_string_new (NULL);
  int anchor_count = fw_onet_get_anchor_count (onet);
  guint n_apprenticeships = g_list_model_get_n_items (
    G_LIST_MODEL (fw_onet_get_apprenticeships (onet)));
  guint n_tasks = g_list_model_get_n_items (G_LIST_MODEL (fw_onet_get_tasks (onet)));

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      const char * const *strv = fw_onet_get_strv (onet, lists[i].property);

      g_string_append_printf (text, "%u %s, ", g_strv_length ((GStrv) strv), _(lists[i].label));
    }

  if (anchor_count >= 0)
    g_string_append_printf (text, _("%u apprenticeships, %u tasks, anchor count %d"),
                            n_apprenticeships, n_tasks, anchor_count);
  else
    g_string_append_printf (text, _("%u apprenticeships, %u tasks"), n_apprenticeships, n_tasks);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
print_summary (FwDocument *document)
{
  g_autofree char *job_zone = NULL;
  g_autofree char *statements = describe_levels (document, FALSE);
  g_autofree char *ai_statements = describe_levels (document, TRUE);
  g_autofree char *domains = describe_domains (document);
  g_autofree char *evidence = describe_evidence (fw_document_get_evidence (document));
  g_autofree char *onet = describe_onet (fw_document_get_onet (document));
  g_autofree char *sources = NULL;
  GListModel *registry = G_LIST_MODEL (fw_document_get_sources (document));
  int zone = fw_document_get_job_zone (document);

  if (zone > 0)
    job_zone = g_strdup_printf (fw_document_get_job_zone_inferred (document) ? _("%d (inferred)")
                                                                             : "%d",
                                zone);
  sources = g_strdup_printf ("%u", g_list_model_get_n_items (registry));

  {
    const Field fields[] = {
      { _("Title"), or_none (fw_document_get_title (document)) },
      { _("SOC"), or_none (fw_document_get_soc (document)) },
      { _("Group"), or_none (fw_document_get_group (document)) },
      { _("Job zone"), or_none (job_zone) },
      { _("Version"), or_none (fw_document_get_version (document)) },
      { _("Read from"), origin_name (fw_document_get_origin (document)) },
      { _("Statements"), statements },
      { _("AI statements"), ai_statements },
      { _("Durable skills"), domains },
      { _("Evidence"), evidence },
      { _("Sources"), sources },
      { _("O*NET"), onet },
      { _("Exported at"), or_none (fw_document_get_exported_at (document)) },
      { _("Attribution"), or_none (fw_document_get_attribution (document)) },
    };

    print_fields (fields, G_N_ELEMENTS (fields));
  }
}

/* framewright-cli info INPUT */
int
fw_cli_info (int    argc,
             char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(FwDocument) document = NULL;
  g_autofree char *from = NULL;
  FwFormat format = FW_FORMAT_AUTO;
  const GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_STRING, &from,
      N_("Read INPUT as FORMAT: auto (the default), fwk, nsx-json, page-text or page-html"),
      N_("FORMAT") },
    { NULL }
  };

  context = fw_cli_option_context_new ("info", N_("INPUT"),
                                       _("Prints a summary of a framework: its occupation, "
                                         "version, and how many statements, domains, sources "
                                         "and O*NET entries it holds."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!fw_cli_parse_options (context, "info", &argc, &argv))
    return FW_CLI_EXIT_FAILURE;

  if (argc != 2)
    return fw_cli_usage_error ("info", argc < 2 ? _("missing INPUT")
                                                : _("expected one INPUT, got more"));
  if (from != NULL && !fw_cli_parse_format ("info", "--from", from, &format))
    return FW_CLI_EXIT_FAILURE;

  document = fw_cli_read_input (argv[1], format);
  if (document == NULL)
    return FW_CLI_EXIT_FAILURE;

  print_summary (document);

  return fw_cli_flush_stdout () ? FW_CLI_EXIT_SUCCESS : FW_CLI_EXIT_FAILURE;
}
