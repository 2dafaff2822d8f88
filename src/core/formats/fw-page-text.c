/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "fw-error.h"
#include "fw-onet-data.h"
#include "fw-page.h"
#include "fw-page-text-private.h"

/*
 * The copied text of a framework page, read line by line. The page is a fixed sequence of
 * sections, each announced by an anchor line ("Evidence pack", "Related titles" …) or by
 * its structure (a level label followed by a role label and numbered items, a durable
 * domain header "1Communication12 statements"). Anything else is prose of the page (kept
 * quiet where the page has introductions) or a line that is reported as skipped.
 */

/* "  3. text" -> 3, "text". */
static gboolean
parse_numbered (const char  *text,
                guint       *number,
                const char **rest)
{
  const char *p = text;
  guint64 n = 0;
  guint digits = 0;

  while (g_ascii_isdigit (*p) && digits < 5)
    {
      n = n * 10 + (*p - '0');
      p++;
      digits++;
    }
  if (digits == 0 || g_ascii_isdigit (*p) || (*p != '.' && *p != ')'))
    return FALSE;
  p++;
  if (*p != ' ' && *p != '\0')
    return FALSE;
  while (*p == ' ')
    p++;

  *number = (guint) n;
  *rest = p;
  return TRUE;
}

FwPageParser *
_fw_page_parser_new (const char     *filename,
                     FwPageWarnings *warnings)
{
  FwPageParser *self = g_new0 (FwPageParser, 1);

  self->filename = g_strdup (filename != NULL ? filename : "<input>");
  self->warnings = warnings;
  self->page = _fw_page_new ();
  self->last_level = -1;
  self->domains_by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->full_lists = g_hash_table_new (NULL, NULL);
  /* SOC 29-2034.00Job Zone 3 · Medium Preparationv.26.05. Not G_REGEX_OPTIMIZE: the
   * pattern is anchored and fails at once on most lines, and PCRE2's JIT code reads past the
   * end of the subject, which memcheck reports as use of uninitialised memory. */
  self->soc_regex = g_regex_new ("^SOC\\s*:?\\s*(\\d{2}-\\d{4}(?:\\.\\d{2})?)\\s*"
                                 "(?:Job\\s*Zone\\s*:?\\s*(\\d+)\\s*(?:\xc2\xb7\\s*(.*?))?)?"
                                 "\\s*(?:v\\.?(\\d{2})\\.(\\d{2}))?\\s*$",
                                 G_REGEX_CASELESS, 0, NULL);
  g_assert (self->soc_regex != NULL);

  return self;
}

void
_fw_page_parser_free (FwPageParser *self)
{
  if (self == NULL)
    return;

  g_free (self->filename);
  g_clear_pointer (&self->page, _fw_page_free);
  g_hash_table_unref (self->domains_by_name);
  g_hash_table_unref (self->full_lists);
  g_regex_unref (self->soc_regex);
  g_clear_error (&self->error);
  g_free (self->title_candidate);
  g_free (self);
}

void
_fw_page_parser_feed (FwPageParser     *self,
                      const FwPageLine *line)
{
  const char *rest = NULL;
  gboolean numbered;
  guint number = 0;

  g_return_if_fail (self != NULL);
  g_return_if_fail (line != NULL && line->text != NULL);

  if (self->error != NULL || line->text[0] == '\0')
    return;

  self->seen_content = TRUE;
  if (self->state == STATE_PREAMBLE)
    {
      _fw_page_text_feed_preamble (self, line);
      return;
    }

  /* A list item from HTML counts as a numbered item, whether its list is ordered or not. */
  if (line->item != NULL)
    {
      numbered = TRUE;
      rest = line->item->text;
    }
  else
    numbered = parse_numbered (line->text, &number, &rest);

  if (!numbered && _fw_page_text_feed_anchor (self, line))
    return;

  switch (self->state)
    {
    case STATE_PREAMBLE:
      g_assert_not_reached ();
      break;

    case STATE_HEADER:
      _fw_page_text_feed_header (self, line);
      break;

    case STATE_LEVELS:
      _fw_page_text_feed_levels (self, line, numbered, rest);
      break;

    case STATE_AI_INTRO:
    case STATE_AI:
      _fw_page_text_feed_ai (self, line, numbered, rest);
      break;

    case STATE_EVIDENCE:
      _fw_page_text_feed_evidence (self, line);
      break;

    case STATE_WEF:
      _fw_page_text_feed_wef (self, line);
      break;

    case STATE_DURABLE_INTRO:
    case STATE_ONET_INTRO:
      /* The prose introducing a section. */
      if (numbered)
        _fw_page_text_warn_skipped (self, line->line, line->text);
      break;

    case STATE_DURABLE:
      _fw_page_text_feed_durable (self, line, numbered, rest);
      break;

    case STATE_RELATED:
      _fw_page_text_add_related_titles (self, line);
      break;

    case STATE_RAPIDS:
      _fw_page_text_add_apprenticeships (self, line);
      break;

    case STATE_LIST:
      _fw_page_text_add_list_items (self, line);
      break;

    case STATE_TASKS:
      _fw_page_text_add_task (self, line, numbered, rest);
      break;

    case STATE_CIP:
      _fw_page_text_add_cip_codes (self, line);
      break;

    case STATE_FOOTER:
      _fw_page_text_feed_footer (self, line);
      break;

    default:
      g_assert_not_reached ();
    }
}

static guint
count_level_statements (FwPage *page)
{
  guint n = 0;

  for (guint k = 0; k < FW_N_LEVELS; k++)
    n += page->levels[k].statements->len;

  return n;
}

FwPage *
_fw_page_parser_finish (FwPageParser  *self,
                        guint          last_line,
                        GError       **error)
{
  gboolean any_level = FALSE;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (self->error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&self->error));
      return NULL;
    }

  if (!self->seen_content)
    {
      fw_set_error_at (error, FW_ERROR_INVALID, self->filename, 1, 1,
                       "not a framework page: the input is empty");
      return NULL;
    }

  if (self->page->soc == NULL)
    {
      fw_set_error_at (error, FW_ERROR_INVALID, self->filename, 1, 1,
                       "not a framework page: there is no \"SOC\" line with an O*NET-SOC code");
      return NULL;
    }

  for (guint k = 0; k < FW_N_LEVELS; k++)
    any_level |= self->page->levels[k].present;
  if (!any_level)
    {
      fw_set_error_at (error, FW_ERROR_INVALID, self->filename, MAX (last_line, 1), 1,
                       "truncated page: no proficiency levels follow the SOC line (line %u)",
                       self->page->soc_line);
      return NULL;
    }
  if (count_level_statements (self->page) == 0)
    {
      fw_set_error_at (error, FW_ERROR_INVALID, self->filename, MAX (last_line, 1), 1,
                       "truncated page: the proficiency levels list no statements");
      return NULL;
    }

  if (self->page->footer_line == 0)
    _fw_page_warn (self->warnings, MAX (last_line, 1), NULL,
                   "the page ends before its \"Sources:\" footer; it may be incomplete");

  _fw_page_text_resolve_chips (self);

  return g_steal_pointer (&self->page);
}

static FwDocument *
read_page_text (const char  *data,
                gsize        length,
                const char  *filename,
                GPtrArray   *warnings,
                GError     **error)
{
  g_autoptr(FwPageWarnings) collected = NULL;
  g_autoptr(FwPageParser) parser = NULL;
  g_autoptr(FwPage) page = NULL;
  g_autoptr(FwDocument) document = NULL;
  g_autoptr(GString) raw = g_string_new (NULL);
  const char *p = data;
  const char *end = data + length;
  guint line_number = 0;

  if (!_fw_page_check_text (data, length, filename, error))
    return NULL;

  collected = _fw_page_warnings_new (filename);
  parser = _fw_page_parser_new (filename, collected);

  while (p < end)
    {
      const char *eol = p;
      g_autofree char *text = NULL;
      FwPageLine line = { 0 };

      while (eol < end && *eol != '\n' && *eol != '\r')
        eol++;
      line_number++;

      g_string_truncate (raw, 0);
      g_string_append_len (raw, p, eol - p);
      text = _fw_page_collapse_spaces (raw->str);
      line.line = line_number;
      line.text = text;
      _fw_page_parser_feed (parser, &line);

      if (eol < end && *eol == '\r' && eol + 1 < end && eol[1] == '\n')
        eol++;
      p = eol + 1;
    }

  page = _fw_page_parser_finish (parser, line_number, error);
  if (page == NULL)
    return NULL;

  document = _fw_page_build (page, filename, collected, error);
  if (document == NULL)
    return NULL;

  _fw_page_warnings_flush (collected, warnings);
  return g_steal_pointer (&document);
}

FwDocument *
fw_page_text_read (const char  *data,
                   gsize        length,
                   const char  *filename,
                   GPtrArray   *warnings,
                   GError     **error)
{
  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return read_page_text (data != NULL ? data : "", length,
                         filename != NULL ? filename : "<input>", warnings, error);
}

FwDocument *
fw_page_parse_text (const char  *text,
                    gssize       length,
                    GPtrArray   *warnings,
                    GError     **error)
{
  g_return_val_if_fail (text != NULL || length <= 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (text == NULL)
    text = "";
  if (length < 0)
    length = strlen (text);

  return read_page_text (text, length, FW_PAGE_CLIPBOARD_NAME, warnings, error);
}
