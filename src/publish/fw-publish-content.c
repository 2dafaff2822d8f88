/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fw-publish-layout-private.h"
#include "fw-publish-private.h"

/* What goes on the printed pages, in reading order: the same parts as the XHTML file. */

static void
add_text (FwPublishLayout *self,
          FwBlockKind      kind,
          const char      *text)
{
  g_autofree char *markup = _fw_publish_markup_escape (text);

  _fw_publish_layout_add (self, kind, markup);
}

/* "<b>Headline</b> — body ¹,³": the citation numbers raised, as footnote marks. */
static void
add_statement (FwPublishLayout *self,
               GHashTable      *numbers,
               FwStatement     *statement)
{
  g_autofree char *headline = _fw_publish_markup_escape (fw_statement_get_headline (statement));
  g_autofree char *body = _fw_publish_markup_escape (fw_statement_get_body (statement));
  g_autofree char *marks = _fw_publish_citation_marks (numbers, statement);
  g_autoptr(GString) markup = g_string_new (NULL);

  if (headline[0] != '\0')
    g_string_append_printf (markup, "<b>%s</b>%s", headline,
                            body[0] != '\0' ? FW_STATEMENT_SEPARATOR : "");
  g_string_append (markup, body);
  if (marks[0] != '\0')
    g_string_append_printf (markup, " <span size=\"smaller\" rise=\"3000\">[%s]</span>", marks);

  _fw_publish_layout_add (self, FW_BLOCK_STATEMENT, markup->str);
}

static void
add_statements (FwPublishLayout *self,
                GHashTable      *numbers,
                GListModel      *statements)
{
  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(FwStatement) statement = g_list_model_get_item (statements, i);

      add_statement (self, numbers, statement);
    }
}

static void
add_title (FwPublishLayout *self,
           FwDocument      *document)
{
  g_autofree char *subtitle = _fw_publish_subtitle (document);
  const char *description = fw_document_get_description (document);
  const char *context = fw_document_get_context_covered (document);

  add_text (self, FW_BLOCK_TITLE, fw_document_get_title (document));
  add_text (self, FW_BLOCK_SUBTITLE, subtitle);
  if (description != NULL && description[0] != '\0')
    add_text (self, FW_BLOCK_TEXT, description);
  if (context != NULL && context[0] != '\0')
    add_text (self, FW_BLOCK_TEXT, context);
}

static void
add_levels (FwPublishLayout *self,
            FwDocument      *document,
            GHashTable      *numbers)
{
  GListModel *levels = fw_document_get_levels (document);

  add_text (self, FW_BLOCK_HEADING, _("Proficiency levels"));
  for (guint i = 0; i < FW_N_LEVELS; i++)
    {
      g_autoptr(FwLevel) level = g_list_model_get_item (levels, i);
      const char *role = fw_level_get_role_label (level);
      g_autofree char *title = role != NULL && role[0] != '\0'
        ? g_strconcat (fw_level_get_label (level), FW_STATEMENT_SEPARATOR, role, NULL)
        : g_strdup (fw_level_get_label (level));

      add_text (self, FW_BLOCK_SUBHEADING, title);
      add_statements (self, numbers, G_LIST_MODEL (fw_level_get_statements (level)));
    }
}

static void
add_ai_fluency (FwPublishLayout *self,
                FwDocument      *document,
                GHashTable      *numbers)
{
  GListModel *levels = fw_document_get_levels (document);

  add_text (self, FW_BLOCK_HEADING, _("AI fluency"));
  for (guint i = 0; i < FW_N_LEVELS; i++)
    {
      g_autoptr(FwLevel) level = g_list_model_get_item (levels, i);
      GListModel *statements = G_LIST_MODEL (fw_level_get_ai_statements (level));

      if (g_list_model_get_n_items (statements) == 0)
        continue;
      add_text (self, FW_BLOCK_SUBHEADING, fw_level_get_label (level));
      add_statements (self, numbers, statements);
    }
}

static void
add_durable_skills (FwPublishLayout *self,
                    FwDocument      *document,
                    GHashTable      *numbers)
{
  GListModel *domains = G_LIST_MODEL (fw_document_get_domains (document));

  if (g_list_model_get_n_items (domains) == 0)
    return;

  add_text (self, FW_BLOCK_HEADING, _("Durable skills"));
  for (guint i = 0; i < g_list_model_get_n_items (domains); i++)
    {
      g_autoptr(FwDomain) domain = g_list_model_get_item (domains, i);

      add_text (self, FW_BLOCK_SUBHEADING, fw_domain_get_name (domain));
      for (guint level = 0; level < FW_N_DURABLE_LEVELS; level++)
        {
          GListModel *cell = G_LIST_MODEL (fw_domain_get_cell (domain, level));

          if (g_list_model_get_n_items (cell) == 0)
            continue;
          add_text (self, FW_BLOCK_MINOR, fw_durable_level_default_label (level));
          add_statements (self, numbers, cell);
        }
    }
}

static void
add_evidence (FwPublishLayout *self,
              FwDocument      *document)
{
  g_auto(GStrv) rows = _fw_publish_evidence_rows (document);

  if (rows[0] == NULL)
    return;

  add_text (self, FW_BLOCK_HEADING, _("Evidence"));
  for (guint i = 0; rows[i] != NULL && rows[i + 1] != NULL; i += 2)
    {
      g_autofree char *label = _fw_publish_markup_escape (rows[i]);
      g_autofree char *value = _fw_publish_markup_escape (rows[i + 1]);
      g_autofree char *markup = g_strdup_printf ("<b>%s:</b> %s", label, value);

      _fw_publish_layout_add (self, FW_BLOCK_TEXT, markup);
    }
}

static void
add_onet (FwPublishLayout *self,
          FwDocument      *document)
{
  FwOnet *onet = fw_document_get_onet (document);
  GListModel *tasks = G_LIST_MODEL (fw_onet_get_tasks (onet));
  const char * const *lists = fw_onet_list_properties ();

  if (fw_onet_is_empty (onet))
    return;

  add_text (self, FW_BLOCK_HEADING, _("O*NET"));
  if (g_list_model_get_n_items (tasks) > 0)
    add_text (self, FW_BLOCK_SUBHEADING, _("Tasks"));
  for (guint i = 0; i < g_list_model_get_n_items (tasks); i++)
    {
      g_autoptr(FwTask) task = g_list_model_get_item (tasks, i);
      g_autofree char *text = g_strdup_printf ("%s (%s)", fw_task_get_text (task),
                                               fw_task_get_task_id (task));

      add_text (self, FW_BLOCK_STATEMENT, text);
    }
  for (guint i = 0; lists[i] != NULL; i++)
    {
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (onet), lists[i]);
      const char * const *items = fw_onet_get_strv (onet, lists[i]);
      g_autofree char *joined = g_strjoinv (", ", (char **) items);

      if (items[0] == NULL)
        continue;
      add_text (self, FW_BLOCK_SUBHEADING, _(g_param_spec_get_nick (pspec)));
      add_text (self, FW_BLOCK_TEXT, joined);
    }
}

static void
add_sources (FwPublishLayout *self,
             FwDocument      *document)
{
  GListModel *sources = G_LIST_MODEL (fw_document_get_sources (document));
  const char *attribution = fw_document_get_attribution (document);

  if (g_list_model_get_n_items (sources) > 0)
    add_text (self, FW_BLOCK_HEADING, _("Sources"));
  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(FwSource) source = g_list_model_get_item (sources, i);
      g_autofree char *reference = _fw_publish_reference_text (source);
      const char *url = fw_source_get_url (source);
      gboolean linked = url != NULL && url[0] != '\0';
      g_autofree char *text = g_strdup_printf ("%u. %s%s%s", i + 1, reference,
                                               linked ? " " : "", linked ? url : "");
      g_autofree char *markup = _fw_publish_markup_escape (text);

      _fw_publish_layout_add_link (self, FW_BLOCK_NOTE, markup, linked ? url : NULL);
    }
  if (attribution != NULL && attribution[0] != '\0')
    add_text (self, FW_BLOCK_NOTE, attribution);
}

void
_fw_publish_layout_fill (FwPublishLayout *self,
                         FwDocument      *document)
{
  g_autoptr(GHashTable) numbers = _fw_publish_number_sources (document);

  add_title (self, document);
  add_levels (self, document, numbers);
  add_ai_fluency (self, document, numbers);
  add_durable_skills (self, document, numbers);
  add_evidence (self, document);
  add_onet (self, document);
  add_sources (self, document);
}
