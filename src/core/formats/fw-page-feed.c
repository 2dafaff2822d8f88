/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <math.h>
#include <string.h>

#include "fw-error.h"
#include "fw-onet-data.h"
#include "fw-page.h"
#include "fw-page-text-private.h"

/* The feed stage of the page-text reader: each section's lines, as the parser's state
 * says which section it is in. */

static gboolean
parse_soc_line (FwPageParser *self,
                guint         line,
                const char   *text)
{
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *soc = NULL;
  g_autofree char *zone = NULL;
  g_autofree char *label = NULL;
  g_autofree char *year = NULL;
  g_autofree char *month = NULL;
  FwPage *page = self->page;

  if (g_ascii_strncasecmp (text, "SOC", 3) != 0)
    return FALSE;

  /* The full pattern backtracks over the job zone label: only for lines of sane length. */
  if (strlen (text) > MAX_SOC_LINE || !g_regex_match (self->soc_regex, text, 0, &match))
    {
      /* A code at least, even if the rest of the line is not understood. */
      g_autoptr(GRegex) code_only = g_regex_new ("^SOC\\s*:?\\s*(\\d{2}-\\d{4}(?:\\.\\d{2})?)",
                                                 G_REGEX_CASELESS, 0, NULL);

      g_autofree char *quoted = _fw_page_text_quote_line (text);

      g_clear_pointer (&match, g_match_info_unref);
      if (!g_regex_match (code_only, text, 0, &match))
        return FALSE;
      _fw_page_warn (self->warnings, line, NULL,
                     "could not read the job zone and version in \"%s\"", quoted);
    }

  soc = g_match_info_fetch (match, 1);
  if (g_match_info_get_match_count (match) > 2)
    {
      zone = g_match_info_fetch (match, 2);
      label = g_match_info_fetch (match, 3);
      year = g_match_info_fetch (match, 4);
      month = g_match_info_fetch (match, 5);
    }

  page->soc = strlen (soc) == 7 ? g_strconcat (soc, ".00", NULL) : g_strdup (soc);
  page->soc_line = line;
  if (zone != NULL && *zone != '\0')
    {
      guint64 value = g_ascii_strtoull (zone, NULL, 10);

      if (value >= 1 && value <= 5)
        page->job_zone = (int) value;
      else
        _fw_page_warn (self->warnings, line, NULL, "job zone %s is not between 1 and 5", zone);
    }
  if (label != NULL && *label != '\0')
    page->job_zone_label = g_strstrip (g_steal_pointer (&label));
  if (year != NULL && *year != '\0')
    page->version = g_strdup_printf ("v.%s.%s", year, month);

  return TRUE;
}

void
_fw_page_text_feed_preamble (FwPageParser     *self,
                             const FwPageLine *line)
{
  if (parse_soc_line (self, line->line, line->text))
    {
      if (self->title_candidate == NULL)
        {
          _fw_page_text_fail (self, FW_ERROR_INVALID, line->line,
                              "not a framework page: there is no occupation title before the "
                              "SOC line");
          return;
        }
      self->page->title = g_steal_pointer (&self->title_candidate);
      self->page->title_line = self->title_candidate_line;
      self->state = STATE_HEADER;
      return;
    }

  if (_fw_page_text_is_chrome (line->text))
    return;

  if (self->title_candidate != NULL)
    _fw_page_text_warn_skipped (self, self->title_candidate_line, self->title_candidate);
  g_free (self->title_candidate);
  self->title_candidate = g_strdup (line->text);
  self->title_candidate_line = line->line;
}

static FwPageStatement *
statement_from_line (const FwPageLine *line,
                     const char       *rest)
{
  FwPageStatement *statement;
  const FwPageItem *item = line->item;

  if (item == NULL)
    return _fw_page_statement_new (line->line, rest);

  statement = _fw_page_statement_new (line->line, item->text);
  statement->headline = g_strdup (item->headline);
  statement->body = g_strdup (item->body);
  if (item->chips->len > 0 || item->headline != NULL)
    {
      statement->chips = g_ptr_array_new_with_free_func ((GDestroyNotify) _fw_page_chip_free);
      for (guint i = 0; i < item->chips->len; i++)
        {
          const FwPageChip *chip = g_ptr_array_index (item->chips, i);

          g_ptr_array_add (statement->chips,
                           _fw_page_chip_new (chip->label, chip->title, chip->url, chip->line));
        }
      statement->chips_known = TRUE;
    }

  return statement;
}

static void
add_statement (FwPageParser     *self,
               const FwPageLine *line,
               const char       *rest)
{
  if (self->level == NULL)
    {
      _fw_page_text_warn_skipped (self, line->line, line->text);
      return;
    }
  if (*rest == '\0' && (line->item == NULL || line->item->headline == NULL))
    {
      _fw_page_warn (self->warnings, line->line, NULL, "skipped empty statement");
      return;
    }
  if (self->n_statements++ >= FW_PAGE_MAX_STATEMENTS)
    {
      _fw_page_text_fail (self, FW_ERROR_TOO_LARGE, line->line,
                          "more than " G_STRINGIFY (FW_PAGE_MAX_STATEMENTS) " statements; this "
                          "is not a framework page");
      return;
    }

  g_ptr_array_add (self->level->statements, statement_from_line (line, rest));
}

static void
start_level (FwPageParser *self,
             FwPageLevel  *level,
             guint         line,
             const char   *label)
{
  if (level->present)
    _fw_page_warn (self->warnings, line, NULL,
                   "level \"%s\" appears twice; its statements are merged", label);
  level->present = TRUE;
  if (level->line == 0)
    level->line = line;
  if (level->label == NULL)
    level->label = g_strdup (label);
  self->level = level;
}

/* "Entry / Apprentice", "Senior / Expert IC": short, not a sentence. */
static gboolean
looks_like_role_label (const char *text)
{
  gsize len = strlen (text);
  guint words = 1;

  for (const char *p = text; *p != '\0'; p++)
    words += *p == ' ';

  return len <= 80 && words <= 6 && text[len - 1] != '.';
}

void
_fw_page_text_feed_levels (FwPageParser     *self,
                           const FwPageLine *line,
                           gboolean          numbered,
                           const char       *rest)
{
  const char *role;
  FwLevelKey key;

  if (numbered)
    {
      self->expect_role = FALSE;
      add_statement (self, line, rest);
      return;
    }

  if (_fw_page_text_level_from_label (line->text, &key))
    {
      if ((int) key > self->last_level)
        {
          self->last_level = key;
          self->expect_role = TRUE;
          start_level (self, &self->page->levels[key], line->line, line->text);
          return;
        }
      /* A level again: the AI-fluency statements follow without an introduction. */
      self->state = STATE_AI;
      self->page->has_ai_section = TRUE;
      start_level (self, &self->page->ai_levels[key], line->line, line->text);
      return;
    }

  if (_fw_page_text_level_with_role (line->text, &key, &role) && (int) key > self->last_level)
    {
      g_autofree char *label = g_strndup (line->text, role - line->text);

      self->last_level = key;
      self->expect_role = FALSE;
      start_level (self, &self->page->levels[key], line->line, label);
      g_free (self->level->role_label);
      self->level->role_label = g_strdup (role);
      return;
    }

  /* An anchor line (even page chrome) ends the level: no role label can follow it. */
  if (self->expect_role && self->level != NULL && looks_like_role_label (line->text))
    {
      self->expect_role = FALSE;
      g_free (self->level->role_label);
      self->level->role_label = g_strdup (line->text);
      return;
    }

  /* The introduction of the AI-fluency statements. */
  self->expect_role = FALSE;
  self->state = STATE_AI_INTRO;
  self->level = NULL;
}

void
_fw_page_text_feed_header (FwPageParser     *self,
                           const FwPageLine *line)
{
  const char *rest;
  FwLevelKey key;

  if (_fw_page_text_level_from_label (line->text,
                                      &key) || _fw_page_text_level_with_role (line->text, &key,
                                                                              &rest))
    {
      self->state = STATE_LEVELS;
      self->expect_context = FALSE;
      _fw_page_text_feed_levels (self, line, FALSE, NULL);
      return;
    }

  /* "Context coveredThis framework covers …": the label is glued to the text. */
  if ((rest = _fw_page_text_skip_word_prefix (line->text, "Context covered")) != NULL)
    {
      while (*rest == ' ' || *rest == ':')
        rest++;
      if (*rest == '\0')
        self->expect_context = TRUE;
      else if (self->page->context == NULL)
        self->page->context = g_strdup (rest);
      return;
    }

  if (self->expect_context && self->page->context == NULL)
    {
      self->page->context = g_strdup (line->text);
      self->expect_context = FALSE;
      return;
    }

  _fw_page_text_warn_skipped (self, line->line, line->text);
}

void
_fw_page_text_feed_ai (FwPageParser     *self,
                       const FwPageLine *line,
                       gboolean          numbered,
                       const char       *rest)
{
  FwLevelKey key;

  if (_fw_page_text_level_from_label (line->text, &key) && !numbered)
    {
      self->state = STATE_AI;
      self->page->has_ai_section = TRUE;
      start_level (self, &self->page->ai_levels[key], line->line, line->text);
      return;
    }

  if (self->state == STATE_AI_INTRO)
    {
      if (numbered)
        _fw_page_text_warn_skipped (self, line->line, line->text);
      return;
    }

  if (numbered)
    add_statement (self, line, rest);
  else
    _fw_page_text_warn_skipped (self, line->line, line->text);
}

static void
set_evidence_number (FwPageParser *self,
                     guint         line,
                     int           index,
                     const char   *key,
                     const char   *value)
{
  double number;

  if (!_fw_page_text_parse_evidence_number (value, &number))
    {
      g_autofree char *quoted = _fw_page_text_quote_line (value);

      _fw_page_warn (self->warnings, line, NULL,
                     "evidence \"%s\": \"%s\" is not a number; left absent", key, quoted);
      return;
    }

  self->page->numbers[index] = number;
}

void
_fw_page_text_feed_evidence (FwPageParser     *self,
                             const FwPageLine *line)
{
  static const struct
  {
    const char *key;
    gboolean    number;
    int         index;
  } keys[] = {
    { "task observations", TRUE, FW_PAGE_EV_TASK_OBSERVATIONS },
    { "augment share", TRUE, FW_PAGE_EV_AUGMENT_SHARE },
    { "time saved", TRUE, FW_PAGE_EV_TIME_SAVED },
    { "ai autonomy", TRUE, FW_PAGE_EV_AI_AUTONOMY },
    { "score", TRUE, FW_PAGE_EV_SAFI_SCORE },
    { "safi score", TRUE, FW_PAGE_EV_SAFI_SCORE },
    { "top skill", FALSE, FW_PAGE_EV_TOP_SKILL },
    { "quadrant", FALSE, FW_PAGE_EV_QUADRANT },
    { "precision", FALSE, FW_PAGE_EV_PRECISION },
  };
  const char *colon = strchr (line->text, ':');
  g_autofree char *key = NULL;
  const char *value;

  if (colon == NULL)
    {
      _fw_page_text_warn_skipped (self, line->line, line->text);
      return;
    }

  key = _fw_page_text_strip_copy (line->text, colon - line->text);
  value = colon + 1;
  while (*value == ' ')
    value++;

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      if (!_fw_page_text_equal_ci (key, keys[i].key))
        continue;

      if (*value == '\0')
        _fw_page_warn (self->warnings, line->line, NULL,
                       "evidence \"%s\" has no value; left absent", key);
      else if (keys[i].number)
        set_evidence_number (self, line->line, keys[i].index, key, value);
      else
        {
          g_free (self->page->strings[keys[i].index]);
          self->page->strings[keys[i].index] = g_strdup (value);
        }
      return;
    }

  _fw_page_text_warn_skipped (self, line->line, line->text);
}

void
_fw_page_text_feed_wef (FwPageParser     *self,
                        const FwPageLine *line)
{
  char **label = &self->page->strings[FW_PAGE_EV_WEF_LABEL];
  char **id = &self->page->strings[FW_PAGE_EV_WEF_ID];

  /* The cluster's label, then its identifier ("human_technology_interaction"). */
  if (*id == NULL && _fw_page_text_is_identifier (line->text))
    {
      *id = g_strdup (line->text);
      self->state = STATE_DURABLE_INTRO;
      return;
    }
  if (*label == NULL && self->wef_lines == 0)
    {
      *label = g_strdup (line->text);
      self->wef_lines++;
      return;
    }

  self->state = STATE_DURABLE_INTRO;
}

void
_fw_page_text_feed_durable (FwPageParser     *self,
                            const FwPageLine *line,
                            gboolean          numbered,
                            const char       *rest)
{
  FwDurableLevel level;

  if (!numbered && self->domain != NULL && _fw_page_text_durable_level_from_label (line->text,
                                                                                   &level))
    {
      start_level (self, &self->domain->levels[level], line->line, line->text);
      return;
    }

  if (numbered && self->level != NULL)
    add_statement (self, line, rest);
  else
    _fw_page_text_warn_skipped (self, line->line, line->text);
}

/* Whether @list can take one more item; a full list is reported once. */
static gboolean
list_has_room (FwPageParser *self,
               guint         line,
               GPtrArray    *list)
{
  if (list->len < FW_PAGE_MAX_LIST_ITEMS)
    return TRUE;

  if (g_hash_table_add (self->full_lists, list))
    _fw_page_warn (self->warnings, line, NULL,
                   "list longer than %u items; the rest was skipped", FW_PAGE_MAX_LIST_ITEMS);
  return FALSE;
}

void
_fw_page_text_add_related_titles (FwPageParser     *self,
                                  const FwPageLine *line)
{
  g_autoptr(GPtrArray) titles = _fw_page_text_split_text (line->text, " \xc2\xb7 ");

  for (guint i = 0; i < titles->len; i++)
    {
      const char *title = g_ptr_array_index (titles, i);

      if (*title != '\0' && list_has_room (self, line->line, self->page->related_titles))
        g_ptr_array_add (self->page->related_titles, g_strdup (title));
    }
}

static gboolean
is_all_digits (const char *text)
{
  if (*text == '\0')
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;

  return TRUE;
}

/* "0279 · Radiologic Technologist" (several may share a line). */
void
_fw_page_text_add_apprenticeships (FwPageParser     *self,
                                   const FwPageLine *line)
{
  g_autoptr(GPtrArray) split = _fw_page_text_split_text (line->text, "\xc2\xb7");
  char **parts = (char **) split->pdata;
  guint n = split->len;
  gboolean ok = n >= 2;

  for (guint i = 0; ok && i + 1 < n; i += 2)
    ok = is_all_digits (parts[i]) && *parts[i + 1] != '\0';
  if (!ok || n % 2 != 0)
    {
      _fw_page_text_warn_skipped (self, line->line, line->text);
      return;
    }

  for (guint i = 0; i + 1 < n && list_has_room (self, line->line, self->page->apprenticeships);
       i += 2)
    {
      FwPageApprenticeship *apprenticeship = g_new0 (FwPageApprenticeship, 1);

      apprenticeship->code = g_strdup (parts[i]);
      apprenticeship->title = g_strdup (parts[i + 1]);
      g_ptr_array_add (self->page->apprenticeships, apprenticeship);
    }
}

void
_fw_page_text_add_list_items (FwPageParser     *self,
                              const FwPageLine *line)
{
  GPtrArray *list = self->page->lists[self->list];
  g_auto(GStrv) items = NULL;
  gboolean truncated = FALSE;
  guint room = FW_PAGE_MAX_LIST_ITEMS - MIN (list->len, FW_PAGE_MAX_LIST_ITEMS);

  if (room == 0)
    {
      list_has_room (self, line->line, list);
      return;
    }
  if (line->atomic)
    items = g_strdupv ((char *[]) { (char *) line->text, NULL });
  else
    items = fw_onet_data_split_glued (fw_onet_data_get_default (), line->text, room, &truncated);

  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    g_ptr_array_add (list, g_steal_pointer (&items[i]));

  if (truncated && g_hash_table_add (self->full_lists, list))
    _fw_page_warn (self->warnings, line->line, NULL,
                   "list longer than %u items; the rest was skipped", FW_PAGE_MAX_LIST_ITEMS);
}

void
_fw_page_text_add_task (FwPageParser     *self,
                        const FwPageLine *line,
                        gboolean          numbered,
                        const char       *rest)
{
  FwPageTask *task;

  if (!numbered || *rest == '\0')
    {
      _fw_page_text_warn_skipped (self, line->line, line->text);
      return;
    }
  if (!list_has_room (self, line->line, self->page->tasks))
    return;

  task = g_new0 (FwPageTask, 1);
  task->line = line->line;
  task->text = g_strdup (rest);
  g_ptr_array_add (self->page->tasks, task);
}

static gboolean
is_cip_code (const char *p)
{
  return g_ascii_isdigit (p[0]) && g_ascii_isdigit (p[1]) && p[2] == '.' &&
         g_ascii_isdigit (p[3]) && g_ascii_isdigit (p[4]) && g_ascii_isdigit (p[5]) &&
         g_ascii_isdigit (p[6]);
}

/* "51.090751.091151.0919": fixed-width NN.NNNN codes, possibly glued. */
void
_fw_page_text_add_cip_codes (FwPageParser     *self,
                             const FwPageLine *line)
{
  g_autoptr(GString) packed = g_string_new (NULL);
  const char *p;

  for (p = line->text; *p != '\0'; p++)
    if (*p != ' ' && *p != ',' && *p != ';' && *p != '\t')
      g_string_append_c (packed, *p);
  /* The middle dot some pages put between codes. */
  while ((p = strstr (packed->str, "\xc2\xb7")) != NULL)
    g_string_erase (packed, p - packed->str, 2);

  p = packed->str;
  while (*p != '\0' && is_cip_code (p))
    {
      if (list_has_room (self, line->line, self->page->cip_codes))
        g_ptr_array_add (self->page->cip_codes, g_strndup (p, 7));
      p += 7;
    }

  if (*p != '\0')
    {
      g_autofree char *quoted = _fw_page_text_quote_line (p);

      _fw_page_warn (self->warnings, line->line, NULL,
                     "CIP codes: \"%s\" is not a code of the form NN.NNNN; skipped", quoted);
    }
}

/* "Sources: A (x), B, C. © 2026 Publisher." */
void
_fw_page_text_parse_footer (FwPageParser     *self,
                            const FwPageLine *line,
                            const char       *rest)
{
  const char *copyright = strstr (rest, "\xc2\xa9");
  g_autofree char *list = NULL;
  GString *item = g_string_new (NULL);
  int depth = 0;
  gsize len;

  self->page->footer_line = line->line;
  if (copyright != NULL)
    {
      char *attribution = g_strstrip (g_strdup (copyright));

      len = strlen (attribution);
      if (len > 0 && attribution[len - 1] == '.')
        attribution[len - 1] = '\0';
      g_free (self->page->attribution);
      self->page->attribution = attribution;
    }

  list = _fw_page_text_strip_copy (rest,
                                   copyright != NULL ? (gsize) (copyright - rest) : strlen (rest));
  len = strlen (list);
  if (len > 0 && list[len - 1] == '.')
    list[len - 1] = '\0';

  for (const char *p = list; ; p++)
    {
      if (*p == '(')
        depth++;
      else if (*p == ')' && depth > 0)
        depth--;

      if (*p == '\0' || (*p == ',' && depth == 0))
        {
          g_strstrip (item->str);
          if (item->str[0] != '\0' &&
              list_has_room (self, line->line, self->page->footer_sources))
            g_ptr_array_add (self->page->footer_sources, g_strdup (item->str));
          g_string_truncate (item, 0);
          if (*p == '\0')
            break;
          continue;
        }
      g_string_append_c (item, *p);
    }

  g_string_free (item, TRUE);
}

void
_fw_page_text_feed_footer (FwPageParser     *self,
                           const FwPageLine *line)
{
  if (g_str_has_prefix (line->text, "\xc2\xa9") && self->page->attribution == NULL)
    {
      _fw_page_text_parse_footer (self, line, "");
      return;
    }

  _fw_page_text_warn_skipped (self, line->line, line->text);
}
