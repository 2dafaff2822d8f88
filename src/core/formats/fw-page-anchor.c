/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <math.h>
#include <string.h>

#include "fw-error.h"
#include "fw-onet-data.h"
#include "fw-page.h"
#include "fw-page-text-private.h"

/* The anchor stage of the page-text reader: the lines that announce a section or a
 * durable-skill domain, wherever they appear after the header. */

static const struct
{
  const char *text;
  gboolean    prefix;
  Anchor      anchor;
  FwPageList  list;
} anchors[] = {
  { "Evidence pack", FALSE, ANCHOR_EVIDENCE, 0 },
  { "AEI usage", FALSE, ANCHOR_EVIDENCE, 0 },
  { "SAFI positioning", FALSE, ANCHOR_EVIDENCE, 0 },
  { "WEF cluster", FALSE, ANCHOR_WEF, 0 },
  { "Show O*NET source anchors", TRUE, ANCHOR_SOURCE_ANCHORS, 0 },
  { "O*NET enrichment", TRUE, ANCHOR_ENRICHMENT, 0 },
  { "Suggest an O*NET correction", FALSE, ANCHOR_CHROME, 0 },
  { "Source anchors that ground each statement", FALSE, ANCHOR_CHROME, 0 },
  { "Related titles", FALSE, ANCHOR_RELATED, 0 },
  { "RAPIDS apprenticeships", FALSE, ANCHOR_RAPIDS, 0 },
  { "O*NET skills", FALSE, ANCHOR_LIST, FW_PAGE_LIST_SKILLS },
  { "Skills", FALSE, ANCHOR_LIST, FW_PAGE_LIST_SKILLS },
  { "Knowledge domains", FALSE, ANCHOR_LIST, FW_PAGE_LIST_KNOWLEDGE },
  { "Knowledge", FALSE, ANCHOR_LIST, FW_PAGE_LIST_KNOWLEDGE },
  { "Abilities", FALSE, ANCHOR_LIST, FW_PAGE_LIST_ABILITIES },
  { "Work styles", FALSE, ANCHOR_LIST, FW_PAGE_LIST_WORK_STYLES },
  { "Technology", FALSE, ANCHOR_LIST, FW_PAGE_LIST_TECHNOLOGY },
  { "Technology skills", FALSE, ANCHOR_LIST, FW_PAGE_LIST_TECHNOLOGY },
  { "Tasks", TRUE, ANCHOR_TASKS, 0 },
  { "CIP education codes", FALSE, ANCHOR_CIP, 0 },
  { "CIP codes", FALSE, ANCHOR_CIP, 0 },
  { "Sources:", TRUE, ANCHOR_SOURCES, 0 },
};

/* "1Communication12 statements" -> "Communication", 12. */
static gboolean
parse_domain_header (const char  *text,
                     char       **name,
                     int         *declared)
{
  static const char * const suffixes[] = { "statements", "statement" };
  const char *p = text;
  const char *end = text + strlen (text);
  const char *count_start;
  guint digits = 0;
  guint64 count = 0;
  gboolean has_suffix = FALSE;

  while (g_ascii_isdigit (*p) && digits < 3)
    p++, digits++;
  if (digits == 0 || g_ascii_isdigit (*p))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (suffixes) && !has_suffix; i++)
    {
      gsize len = strlen (suffixes[i]);

      if ((gsize) (end - p) > len && g_ascii_strncasecmp (end - len, suffixes[i], len) == 0)
        {
          end -= len;
          has_suffix = TRUE;
        }
    }
  if (!has_suffix)
    return FALSE;
  while (end > p && end[-1] == ' ')
    end--;

  count_start = end;
  while (count_start > p && g_ascii_isdigit (count_start[-1]) && end - count_start < 6)
    count_start--;
  if (count_start == end)
    return FALSE;
  for (const char *q = count_start; q < end; q++)
    count = count * 10 + (*q - '0');

  *name = _fw_page_text_strip_copy (p, count_start - p);
  if (**name == '\0' || !g_unichar_isalpha (g_utf8_get_char (*name)))
    {
      g_clear_pointer (name, g_free);
      return FALSE;
    }

  *declared = (int) count;
  return TRUE;
}

static Anchor
find_anchor (const char  *text,
             FwPageList  *list)
{
  g_autofree char *bare = NULL;
  gsize len = strlen (text);

  /* "Related titles:" reads like "Related titles". */
  bare = g_strndup (text, len > 0 && text[len - 1] == ':' ? len - 1 : len);

  for (guint i = 0; i < G_N_ELEMENTS (anchors); i++)
    {
      gboolean match = anchors[i].prefix ? _fw_page_text_skip_word_prefix (text,
                                                                           anchors[i].text) != NULL
                                         : _fw_page_text_equal_ci (bare, anchors[i].text);

      if (match)
        {
          *list = anchors[i].list;
          return anchors[i].anchor;
        }
    }

  return ANCHOR_NONE;
}

/* Section anchors and domain headers, recognised wherever they appear after the header. */
gboolean
_fw_page_text_feed_anchor (FwPageParser     *self,
                           const FwPageLine *line)
{
  g_autofree char *name = NULL;
  FwPageList list = 0;
  int declared;
  const char *rest;

  if (parse_domain_header (line->text, &name, &declared))
    {
      g_autofree char *key = g_utf8_casefold (name, -1);
      FwPageDomain *domain = g_hash_table_lookup (self->domains_by_name, key);

      if (domain != NULL)
        {
          /* A domain is one entry of the document: a repeated header adds to it. */
          _fw_page_warn (self->warnings, line->line, NULL,
                         "domain \"%s\" appears twice; its statements are merged", name);
        }
      else if (self->page->domains->len >= FW_PAGE_MAX_DOMAINS)
        {
          _fw_page_text_fail (self, FW_ERROR_TOO_LARGE, line->line,
                              "more than " G_STRINGIFY (FW_PAGE_MAX_DOMAINS) " durable-skill "
                              "domains; this is not a framework page");
          return TRUE;
        }
      else
        {
          domain = g_new0 (FwPageDomain, 1);
          domain->name = g_steal_pointer (&name);
          domain->line = line->line;
          domain->declared = declared;
          for (guint i = 0; i < FW_N_DURABLE_LEVELS; i++)
            domain->levels[i].statements =
              g_ptr_array_new_with_free_func ((GDestroyNotify) _fw_page_statement_free);
          g_ptr_array_add (self->page->domains, domain);
          g_hash_table_insert (self->domains_by_name, g_steal_pointer (&key), domain);
        }
      self->domain = domain;
      self->level = NULL;
      self->state = STATE_DURABLE;
      return TRUE;
    }

  switch (find_anchor (line->text, &list))
    {
    case ANCHOR_NONE:
      return FALSE;

    case ANCHOR_EVIDENCE:
      self->state = STATE_EVIDENCE;
      break;

    case ANCHOR_WEF:
      self->state = STATE_WEF;
      self->wef_lines = 0;
      break;

    case ANCHOR_SOURCE_ANCHORS:
      rest = line->text + strlen ("Show O*NET source anchors");
      while (*rest == ' ')
        rest++;
      if (g_ascii_isdigit (*rest))
        self->page->anchor_count = (int) MIN (g_ascii_strtoull (rest, NULL, 10), G_MAXINT);
      self->state = STATE_ONET_INTRO;
      break;

    case ANCHOR_ENRICHMENT:
      self->state = STATE_ONET_INTRO;
      break;

    case ANCHOR_CHROME:
      break;

    case ANCHOR_RELATED:
      self->state = STATE_RELATED;
      break;

    case ANCHOR_RAPIDS:
      self->state = STATE_RAPIDS;
      break;

    case ANCHOR_LIST:
      self->state = STATE_LIST;
      self->list = list;
      break;

    case ANCHOR_TASKS:
      self->state = STATE_TASKS;
      break;

    case ANCHOR_CIP:
      self->state = STATE_CIP;
      break;

    case ANCHOR_SOURCES:
      _fw_page_text_parse_footer (self, line, line->text + strlen ("Sources:"));
      self->state = STATE_FOOTER;
      break;

    default:
      g_assert_not_reached ();
    }

  self->level = NULL;
  self->expect_role = FALSE;
  return TRUE;
}
