/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <math.h>
#include <string.h>

#include "fw-error.h"
#include "fw-onet-data.h"
#include "fw-page.h"
#include "fw-page-private.h"

/*
 * The copied text of a framework page, read line by line. The page is a fixed sequence of
 * sections, each announced by an anchor line ("Evidence pack", "Related titles" …) or by
 * its structure (a level label followed by a role label and numbered items, a durable
 * domain header "1Communication12 statements"). Anything else is prose of the page (kept
 * quiet where the page has introductions) or a line that is reported as skipped.
 */

/* Citation chips are at the end of a statement: only this much of it is searched. */
#define CHIP_WINDOW 768
/* A chip's short label is at most this long (bytes, words). */
#define MAX_LABEL_BYTES 200
#define MAX_LABEL_WORDS 8
/* Possible label/title boundaries examined per chip. */
#define MAX_CANDIDATES 48
/* A SOC line is short; longer ones are only searched for the code. */
#define MAX_SOC_LINE 512
/* Skipped lines are quoted up to this many characters. */
#define QUOTE_CHARS 60

typedef enum
{
  STATE_PREAMBLE,       /* before the SOC line: chrome and the title */
  STATE_HEADER,         /* context covered */
  STATE_LEVELS,
  STATE_AI_INTRO,       /* prose between the levels and the AI-fluency statements */
  STATE_AI,
  STATE_EVIDENCE,
  STATE_WEF,
  STATE_DURABLE_INTRO,
  STATE_DURABLE,
  STATE_ONET_INTRO,
  STATE_RELATED,
  STATE_RAPIDS,
  STATE_LIST,
  STATE_TASKS,
  STATE_CIP,
  STATE_FOOTER,
} State;

typedef enum
{
  ANCHOR_NONE,
  ANCHOR_EVIDENCE,
  ANCHOR_WEF,
  ANCHOR_SOURCE_ANCHORS,
  ANCHOR_ENRICHMENT,
  ANCHOR_CHROME,
  ANCHOR_RELATED,
  ANCHOR_RAPIDS,
  ANCHOR_LIST,
  ANCHOR_TASKS,
  ANCHOR_CIP,
  ANCHOR_SOURCES,
} Anchor;

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

/* Lines of the site around the framework, never reported. */
static const char * const chrome_suffixes[] = { "Sign in", "Sign out", "Log in", "Log out" };
static const char * const chrome_prefixes[] = { "Back to ", "Skip to " };

struct _FwPageParser
{
  char           *filename;
  FwPageWarnings *warnings;
  FwPage         *page;
  GRegex         *soc_regex;
  GError         *error;          /* the first fatal error; later lines are ignored */

  State           state;
  char           *title_candidate;
  guint           title_candidate_line;
  gboolean        expect_context;
  gboolean        expect_role;
  int             last_level;     /* the last proficiency level seen, -1 before the first */
  FwPageLevel    *level;          /* the list that numbered items go to */
  FwPageDomain   *domain;
  GHashTable     *domains_by_name;  /* casefolded name -> FwPageDomain (borrowed) */
  FwPageList      list;
  guint           wef_lines;
  guint           n_statements;
  GHashTable     *full_lists;     /* lists whose overflow was reported */
  gboolean        seen_content;
};

/* ---------------------------------------------------------------------------------------- */
/* Small text helpers                                                                       */

static char *
quote_line (const char *text)
{
  g_autofree char *head = NULL;

  if (g_utf8_strlen (text, -1) <= QUOTE_CHARS)
    return g_strdup (text);

  head = g_utf8_substring (text, 0, QUOTE_CHARS);
  return g_strconcat (head, "\xe2\x80\xa6", NULL);
}

static gboolean
equal_ci (const char *a,
          const char *b)
{
  return g_ascii_strcasecmp (a, b) == 0;
}

/* @prefix at the start of @text, unless a lowercase word goes on ("Tasks" in "Tasksheet"). */
static const char *
skip_word_prefix (const char *text,
                  const char *prefix)
{
  gsize len = strlen (prefix);

  if (g_ascii_strncasecmp (text, prefix, len) != 0)
    return NULL;
  if (g_ascii_islower (text[len]) && g_ascii_isalpha (prefix[len - 1]))
    return NULL;

  return text + len;
}

static char *
strip_copy (const char *start,
            gsize       length)
{
  return g_strstrip (g_strndup (start, length));
}

/* Splits @text at every @separator, in one pass (lines can be megabytes long). */
static GPtrArray *
split_text (const char *text,
            const char *separator)
{
  GPtrArray *parts = g_ptr_array_new_with_free_func (g_free);
  gsize separator_length = strlen (separator);
  const char *end = text + strlen (text);
  const char *start = text;
  const char *p = text;

  while (p < end && (p = memchr (p, separator[0], end - p)) != NULL)
    {
      if ((gsize) (end - p) >= separator_length && memcmp (p, separator, separator_length) == 0)
        {
          g_ptr_array_add (parts, strip_copy (start, p - start));
          p += separator_length;
          start = p;
        }
      else
        p++;
    }
  g_ptr_array_add (parts, strip_copy (start, end - start));

  return parts;
}

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

static gboolean
level_from_label (const char *text,
                  FwLevelKey *key)
{
  for (guint k = 0; k < FW_N_LEVELS; k++)
    {
      if (equal_ci (text, fw_level_key_default_label (k)))
        {
          *key = k;
          return TRUE;
        }
    }

  return FALSE;
}

/* "AdvancedLead / Principal / Executive": a level label with its role label glued on. */
static gboolean
level_with_role (const char  *text,
                 FwLevelKey  *key,
                 const char **role)
{
  for (guint k = 0; k < FW_N_LEVELS; k++)
    {
      const char *label = fw_level_key_default_label (k);
      gsize len = strlen (label);

      if (strncmp (text, label, len) == 0 && g_ascii_isupper (text[len]))
        {
          *key = k;
          *role = text + len;
          return TRUE;
        }
    }

  return FALSE;
}

static gboolean
durable_level_from_label (const char     *text,
                          FwDurableLevel *level)
{
  for (guint l = 0; l < FW_N_DURABLE_LEVELS; l++)
    {
      if (equal_ci (text, fw_durable_level_default_label (l)))
        {
          *level = l;
          return TRUE;
        }
    }

  return FALSE;
}

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

  *name = strip_copy (p, count_start - p);
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
      gboolean match = anchors[i].prefix ? skip_word_prefix (text, anchors[i].text) != NULL
                                         : equal_ci (bare, anchors[i].text);

      if (match)
        {
          *list = anchors[i].list;
          return anchors[i].anchor;
        }
    }

  return ANCHOR_NONE;
}

static gboolean
is_chrome (const char *text)
{
  gsize len = strlen (text);

  for (guint i = 0; i < G_N_ELEMENTS (chrome_suffixes); i++)
    {
      gsize n = strlen (chrome_suffixes[i]);

      if (len >= n && g_ascii_strcasecmp (text + len - n, chrome_suffixes[i]) == 0)
        return TRUE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (chrome_prefixes); i++)
    if (g_ascii_strncasecmp (text, chrome_prefixes[i], strlen (chrome_prefixes[i])) == 0)
      return TRUE;

  return FALSE;
}

/* "35", "3.5%", "42.2 / 100": the leading number, with only a unit or scale after it. */
static gboolean
parse_evidence_number (const char *text,
                       double     *value)
{
  const char *p = text;
  const char *start = text;
  g_autofree char *number = NULL;

  if (*p == '-' || *p == '+')
    p++;
  if (!g_ascii_isdigit (*p))
    return FALSE;
  while (g_ascii_isdigit (*p) || *p == ',')
    p++;
  if (*p == '.' && g_ascii_isdigit (p[1]))
    {
      p++;
      while (g_ascii_isdigit (*p))
        p++;
    }

  number = g_strndup (start, p - start);
  /* Thousands separators: "1,204". */
  for (char *w = number, *r = number; ; r++)
    {
      if (*r != ',')
        *w++ = *r;
      if (*r == '\0')
        break;
    }

  while (*p == ' ')
    p++;
  if (*p == '%')
    p++;
  else if (*p == '/')
    {
      p++;
      while (*p == ' ')
        p++;
      while (g_ascii_isdigit (*p) || *p == '.')
        p++;
    }
  while (*p == ' ')
    p++;
  if (*p != '\0')
    return FALSE;

  *value = g_ascii_strtod (number, NULL);
  return isfinite (*value);
}

static gboolean
is_identifier (const char *text)
{
  if (!g_ascii_islower (*text) && !g_ascii_isdigit (*text))
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '_' && *p != '-')
      return FALSE;

  return TRUE;
}

/* ---------------------------------------------------------------------------------------- */
/* Parser                                                                                   */

static void
warn_skipped (FwPageParser *self,
              guint         line,
              const char   *text)
{
  g_autofree char *quoted = quote_line (text);

  _fw_page_warn (self->warnings, line, NULL, "skipped line: \"%s\"", quoted);
}

static void
fail (FwPageParser *self,
      FwErrorCode   code,
      guint         line,
      const char   *message)
{
  if (self->error == NULL)
    fw_set_error_at (&self->error, code, self->filename, line, line > 0 ? 1 : 0, "%s", message);
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

      g_autofree char *quoted = quote_line (text);

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

static void
feed_preamble (FwPageParser     *self,
               const FwPageLine *line)
{
  if (parse_soc_line (self, line->line, line->text))
    {
      if (self->title_candidate == NULL)
        {
          fail (self, FW_ERROR_INVALID, line->line,
                "not a framework page: there is no occupation title before the SOC line");
          return;
        }
      self->page->title = g_steal_pointer (&self->title_candidate);
      self->page->title_line = self->title_candidate_line;
      self->state = STATE_HEADER;
      return;
    }

  if (is_chrome (line->text))
    return;

  if (self->title_candidate != NULL)
    warn_skipped (self, self->title_candidate_line, self->title_candidate);
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
      warn_skipped (self, line->line, line->text);
      return;
    }
  if (*rest == '\0' && (line->item == NULL || line->item->headline == NULL))
    {
      _fw_page_warn (self->warnings, line->line, NULL, "skipped empty statement");
      return;
    }
  if (self->n_statements++ >= FW_PAGE_MAX_STATEMENTS)
    {
      fail (self, FW_ERROR_TOO_LARGE, line->line,
            "more than " G_STRINGIFY (FW_PAGE_MAX_STATEMENTS) " statements; this is not a "
            "framework page");
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

static void
feed_levels (FwPageParser     *self,
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

  if (level_from_label (line->text, &key))
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

  if (level_with_role (line->text, &key, &role) && (int) key > self->last_level)
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

static void
feed_header (FwPageParser     *self,
             const FwPageLine *line)
{
  const char *rest;
  FwLevelKey key;

  if (level_from_label (line->text, &key) || level_with_role (line->text, &key, &rest))
    {
      self->state = STATE_LEVELS;
      self->expect_context = FALSE;
      feed_levels (self, line, FALSE, NULL);
      return;
    }

  /* "Context coveredThis framework covers …": the label is glued to the text. */
  if ((rest = skip_word_prefix (line->text, "Context covered")) != NULL)
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

  warn_skipped (self, line->line, line->text);
}

static void
feed_ai (FwPageParser     *self,
         const FwPageLine *line,
         gboolean          numbered,
         const char       *rest)
{
  FwLevelKey key;

  if (level_from_label (line->text, &key) && !numbered)
    {
      self->state = STATE_AI;
      self->page->has_ai_section = TRUE;
      start_level (self, &self->page->ai_levels[key], line->line, line->text);
      return;
    }

  if (self->state == STATE_AI_INTRO)
    {
      if (numbered)
        warn_skipped (self, line->line, line->text);
      return;
    }

  if (numbered)
    add_statement (self, line, rest);
  else
    warn_skipped (self, line->line, line->text);
}

static void
set_evidence_number (FwPageParser *self,
                     guint         line,
                     int           index,
                     const char   *key,
                     const char   *value)
{
  double number;

  if (!parse_evidence_number (value, &number))
    {
      g_autofree char *quoted = quote_line (value);

      _fw_page_warn (self->warnings, line, NULL,
                     "evidence \"%s\": \"%s\" is not a number; left absent", key, quoted);
      return;
    }

  self->page->numbers[index] = number;
}

static void
feed_evidence (FwPageParser     *self,
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
      warn_skipped (self, line->line, line->text);
      return;
    }

  key = strip_copy (line->text, colon - line->text);
  value = colon + 1;
  while (*value == ' ')
    value++;

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      if (!equal_ci (key, keys[i].key))
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

  warn_skipped (self, line->line, line->text);
}

static void
feed_wef (FwPageParser     *self,
          const FwPageLine *line)
{
  char **label = &self->page->strings[FW_PAGE_EV_WEF_LABEL];
  char **id = &self->page->strings[FW_PAGE_EV_WEF_ID];

  /* The cluster's label, then its identifier ("human_technology_interaction"). */
  if (*id == NULL && is_identifier (line->text))
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

static void
feed_durable (FwPageParser     *self,
              const FwPageLine *line,
              gboolean          numbered,
              const char       *rest)
{
  FwDurableLevel level;

  if (!numbered && self->domain != NULL && durable_level_from_label (line->text, &level))
    {
      start_level (self, &self->domain->levels[level], line->line, line->text);
      return;
    }

  if (numbered && self->level != NULL)
    add_statement (self, line, rest);
  else
    warn_skipped (self, line->line, line->text);
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

static void
add_related_titles (FwPageParser     *self,
                    const FwPageLine *line)
{
  g_autoptr(GPtrArray) titles = split_text (line->text, " \xc2\xb7 ");

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
static void
add_apprenticeships (FwPageParser     *self,
                     const FwPageLine *line)
{
  g_autoptr(GPtrArray) split = split_text (line->text, "\xc2\xb7");
  char **parts = (char **) split->pdata;
  guint n = split->len;
  gboolean ok = n >= 2;

  for (guint i = 0; ok && i + 1 < n; i += 2)
    ok = is_all_digits (parts[i]) && *parts[i + 1] != '\0';
  if (!ok || n % 2 != 0)
    {
      warn_skipped (self, line->line, line->text);
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

static void
add_list_items (FwPageParser     *self,
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

static void
add_task (FwPageParser     *self,
          const FwPageLine *line,
          gboolean          numbered,
          const char       *rest)
{
  FwPageTask *task;

  if (!numbered || *rest == '\0')
    {
      warn_skipped (self, line->line, line->text);
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
static void
add_cip_codes (FwPageParser     *self,
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
      g_autofree char *quoted = quote_line (p);

      _fw_page_warn (self->warnings, line->line, NULL,
                     "CIP codes: \"%s\" is not a code of the form NN.NNNN; skipped", quoted);
    }
}

/* "Sources: A (x), B, C. © 2026 Publisher." */
static void
parse_footer (FwPageParser     *self,
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

  list = strip_copy (rest, copyright != NULL ? (gsize) (copyright - rest) : strlen (rest));
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

static void
feed_footer (FwPageParser     *self,
             const FwPageLine *line)
{
  if (g_str_has_prefix (line->text, "\xc2\xa9") && self->page->attribution == NULL)
    {
      parse_footer (self, line, "");
      return;
    }

  warn_skipped (self, line->line, line->text);
}

/* Section anchors and domain headers, recognised wherever they appear after the header. */
static gboolean
feed_anchor (FwPageParser     *self,
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
          fail (self, FW_ERROR_TOO_LARGE, line->line,
                "more than " G_STRINGIFY (FW_PAGE_MAX_DOMAINS) " durable-skill domains; this is "
                "not a framework page");
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
      parse_footer (self, line, line->text + strlen ("Sources:"));
      self->state = STATE_FOOTER;
      break;

    default:
      g_assert_not_reached ();
    }

  self->level = NULL;
  self->expect_role = FALSE;
  return TRUE;
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
      feed_preamble (self, line);
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

  if (!numbered && feed_anchor (self, line))
    return;

  switch (self->state)
    {
    case STATE_PREAMBLE:
      g_assert_not_reached ();
      break;

    case STATE_HEADER:
      feed_header (self, line);
      break;

    case STATE_LEVELS:
      feed_levels (self, line, numbered, rest);
      break;

    case STATE_AI_INTRO:
    case STATE_AI:
      feed_ai (self, line, numbered, rest);
      break;

    case STATE_EVIDENCE:
      feed_evidence (self, line);
      break;

    case STATE_WEF:
      feed_wef (self, line);
      break;

    case STATE_DURABLE_INTRO:
    case STATE_ONET_INTRO:
      /* The prose introducing a section. */
      if (numbered)
        warn_skipped (self, line->line, line->text);
      break;

    case STATE_DURABLE:
      feed_durable (self, line, numbered, rest);
      break;

    case STATE_RELATED:
      add_related_titles (self, line);
      break;

    case STATE_RAPIDS:
      add_apprenticeships (self, line);
      break;

    case STATE_LIST:
      add_list_items (self, line);
      break;

    case STATE_TASKS:
      add_task (self, line, numbered, rest);
      break;

    case STATE_CIP:
      add_cip_codes (self, line);
      break;

    case STATE_FOOTER:
      feed_footer (self, line);
      break;

    default:
      g_assert_not_reached ();
    }
}

/* ---------------------------------------------------------------------------------------- */
/* Citation chips in copied text                                                            */

/*
 * A copied chip reads "{short label}{full title}. Opens in new tab." and a statement ends
 * with one or more of them: "Headline — body Label ATitle A. Opens in new tab. Label BTitle
 * B. Opens in new tab.". Between two marks lies exactly one chip; before the first mark lie
 * the statement and the first chip, separated by a space. What is left is to find where a
 * short label ends and its title begins (and, for the first chip, where the label starts).
 * Candidates are the places where an uppercase letter follows a non-space directly; each
 * is scored by what supports it:
 *   - the title is known from another chip with the same label (a resolved pair);
 *   - the title starts with the label ("WEF Skills TaxonomyWEF Skills Taxonomy 2021 — …");
 *   - the label is known (from another chip, or the footer's list of sources);
 *   - every word of the label recurs in the title ("Jadhav & Danve, 2026Skill Automation
 *     Feasibility Index — Jadhav & Danve, 2026 (…)", "O*NET v30.2O*NET Resource Center —
 *     Occupational Information Network, v30.2 (…)");
 * and only when nothing supports any candidate is the chip reported as unknown.
 */

typedef struct
{
  GHashTable *labels;           /* set of known short labels */
  GHashTable *label_by_title;   /* title -> label of resolved chips */
} ChipKnowledge;

typedef struct
{
  gsize    label_start;
  gsize    label_end;           /* = title start */
  int      score;
  guint    words;               /* index of the label's first word among the word starts */
} ChipCut;

enum
{
  SCORE_NONE = 0,
  SCORE_GUESS = 10,
  SCORE_WORDS = 100,
  SCORE_KNOWN_LABEL = 800,
  SCORE_DOUBLED = 900,
  SCORE_KNOWN_PAIR = 1000,
};

static gboolean
is_word_start (const char *text,
               gsize       offset)
{
  return text[offset] != ' ' && (offset == 0 || text[offset - 1] == ' ');
}

/* A word without surrounding punctuation, lowercased: "(arXiv:2604.06906)" -> "arxiv:2604…". */
static char *
normalise_word (const char *start,
                gsize       length)
{
  const char *end = start + length;

  while (start < end && strchr ("([{\"'", *start) != NULL)
    start++;
  while (end > start && strchr (")]}\"',.;:", end[-1]) != NULL)
    end--;

  return g_ascii_strdown (start, end - start);
}

static GHashTable *
word_set (const char *text,
          gsize       length)
{
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gsize i = 0;

  while (i < length)
    {
      gsize start;

      while (i < length && text[i] == ' ')
        i++;
      start = i;
      while (i < length && text[i] != ' ')
        i++;
      if (i > start)
        g_hash_table_add (set, normalise_word (text + start, i - start));
    }

  return set;
}

static gboolean
label_is_known (ChipKnowledge *knowledge,
                const char    *text,
                gsize          start,
                gsize          end)
{
  g_autofree char *label = g_strndup (text + start, end - start);

  return g_hash_table_contains (knowledge->labels, label);
}

/* The title starts with a copy of the label: text[j..i) == text[i..i+(i-j)). */
static gboolean
is_doubled (const char *text,
            gsize       length,
            gsize       j,
            gsize       i)
{
  gsize n = i - j;
  char after;

  if (n < 2 || i + n > length || memcmp (text + j, text + i, n) != 0)
    return FALSE;
  after = text[i + n];

  return after == '\0' || !g_ascii_isalnum (after);
}

/* How well a cut at @i is supported, and where its label starts. */
static ChipCut
score_cut (ChipKnowledge *knowledge,
           const char    *text,
           gsize          length,
           gsize          window,
           gsize          i,
           gboolean       standalone)
{
  ChipCut best = { 0, i, SCORE_NONE, 0 };
  g_autoptr(GHashTable) title_words = NULL;
  int guess;
  gsize starts[MAX_LABEL_WORDS];
  guint n_starts = 0;
  const char *pair_label;

  /* The word starts before @i, nearest first; a standalone chip's label starts at 0. */
  for (gsize j = i; j > window && n_starts < MAX_LABEL_WORDS && i - j < MAX_LABEL_BYTES; j--)
    if (is_word_start (text, j - 1))
      starts[n_starts++] = j - 1;
  if (n_starts == 0 || (standalone && starts[n_starts - 1] != 0))
    return standalone ? (ChipCut) { 0, i, SCORE_GUESS, 0 } : best;

  pair_label = g_hash_table_lookup (knowledge->label_by_title, text + i);
  for (guint s = 0; s < n_starts; s++)
    {
      gsize j = starts[s];
      int score = SCORE_NONE;

      if (standalone && j != 0)
        continue;
      if (pair_label != NULL && strlen (pair_label) == i - j &&
          memcmp (pair_label, text + j, i - j) == 0)
        score = SCORE_KNOWN_PAIR;
      else if (is_doubled (text, length, j, i))
        score = SCORE_DOUBLED + (int) (i - j);
      else if (label_is_known (knowledge, text, j, i))
        score = SCORE_KNOWN_LABEL + (int) (i - j);

      if (score > best.score)
        best = (ChipCut) { j, i, score, s };
    }
  if (best.score > SCORE_NONE)
    return best;

  /* Every word of the label recurs in the title; the longest such label wins. */
  title_words = word_set (text + i, length - i);
  for (guint s = 0; s < n_starts; s++)
    {
      gsize j = starts[s];
      gsize word_end = s == 0 ? i : starts[s - 1];
      g_autofree char *word = NULL;

      while (word_end > j && text[word_end - 1] == ' ')
        word_end--;
      word = normalise_word (text + j, word_end - j);
      if (!g_hash_table_contains (title_words, word))
        break;
      /* A label does not start with a lowercase word of the sentence before it. */
      if (standalone ? j == 0 : !g_unichar_islower (g_utf8_get_char (text + j)))
        best = (ChipCut) { j, i, SCORE_WORDS + (int) s, s };
    }
  /* A capitalised word just before such a label may belong to it ("BLS OOH 2024"): that
   * is a guess, which the reader reports. */
  if (best.score > SCORE_NONE && !standalone && best.words + 1 < n_starts &&
      !g_unichar_islower (g_utf8_get_char (text + starts[best.words + 1])))
    best.score = SCORE_NONE;
  if (best.score > SCORE_NONE)
    return best;

  /* Nothing supports the cut: guess. A cut after a lowercase letter or a digit is a better
   * guess than one inside a run of capitals ("BLS"). */
  if (g_unichar_isupper (g_utf8_get_char (g_utf8_prev_char (text + i))))
    guess = SCORE_GUESS;
  else
    guess = SCORE_GUESS + 1;

  if (standalone)
    return (ChipCut) { 0, i, guess, 0 };

  /* The run of capitalised words before the cut. */
  for (guint s = 0; s < n_starts && s < 6; s++)
    {
      if (g_unichar_islower (g_utf8_get_char (text + starts[s])))
        break;
      best = (ChipCut) { starts[s], i, guess, s };
    }

  return best;
}

/* Finds the best label/title cut in @text[@window..]. */
static ChipCut
find_chip_cut (ChipKnowledge *knowledge,
               const char    *text,
               gboolean       standalone)
{
  gsize length = strlen (text);
  gsize window = length > CHIP_WINDOW ? length - CHIP_WINDOW : 0;
  ChipCut best = { 0, 0, SCORE_NONE, 0 };
  gsize candidates[MAX_CANDIDATES];
  guint n = 0;

  /* A chip's title starts with an uppercase letter glued to the label's last character. */
  if (standalone)
    {
      for (gsize i = 1; i < length && i <= MAX_LABEL_BYTES && n < MAX_CANDIDATES; i++)
        if (text[i - 1] != ' ' && g_unichar_isupper (g_utf8_get_char_validated (text + i, -1)))
          candidates[n++] = i;
    }
  else
    {
      for (gsize i = length; i > window + 1 && n < MAX_CANDIDATES; i--)
        if (text[i - 2] != ' ' &&
            g_unichar_isupper (g_utf8_get_char_validated (text + i - 1, -1)))
          candidates[n++] = i - 1;
    }

  for (guint c = 0; c < n; c++)
    {
      ChipCut cut = score_cut (knowledge, text, length, window, candidates[c], standalone);

      /* Ties go to the first candidate: the earliest cut of a standalone chip (labels are
       * short), the latest cut before a title otherwise. */
      if (cut.score > best.score)
        best = cut;
    }

  return best;
}

typedef struct
{
  gsize start;   /* the chip text between marks */
  gsize end;
  gsize next;    /* just after the mark */
} ChipSpan;

static GArray *
find_chip_spans (const char *text)
{
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (ChipSpan));
  const gsize mark_length = strlen (FW_PAGE_CHIP_MARK);
  gsize from = 0;
  const char *mark;

  while (spans->len < FW_PAGE_MAX_CHIPS &&
         (mark = strstr (text + from, FW_PAGE_CHIP_MARK)) != NULL)
    {
      ChipSpan span = { from, mark - text, mark - text + mark_length };

      while (span.end > span.start && text[span.end - 1] == ' ')
        span.end--;
      /* "Title. Opens in new tab.": the period before the mark ends the chip's text. */
      if (span.end > span.start && text[span.end - 1] == '.')
        span.end--;
      while (span.start < span.end && text[span.start] == ' ')
        span.start++;
      g_array_append_val (spans, span);
      from = span.next;
    }

  return spans;
}

static void
remember_chip (ChipKnowledge *knowledge,
               const char    *label,
               const char    *title)
{
  if (!g_hash_table_contains (knowledge->label_by_title, title))
    g_hash_table_insert (knowledge->label_by_title, g_strdup (title), g_strdup (label));
  g_hash_table_add (knowledge->labels, g_strdup (label));
}

/* Splits one chip (or, for the first one, the statement and its chip). */
static FwPageChip *
cut_chip (ChipKnowledge *knowledge,
          const char    *text,
          gboolean       standalone,
          guint          line,
          gsize         *statement_end,
          gboolean      *sure)
{
  ChipCut cut = find_chip_cut (knowledge, text, standalone);
  g_autofree char *label = NULL;

  *sure = cut.score >= SCORE_WORDS;
  if (cut.score == SCORE_NONE)
    {
      /* No boundary at all: the whole text names the source. */
      *statement_end = standalone ? 0 : strlen (text);
      return standalone ? _fw_page_chip_new (text, text, NULL, line) : NULL;
    }

  *statement_end = cut.label_start;
  label = strip_copy (text + cut.label_start, cut.label_end - cut.label_start);

  return _fw_page_chip_new (label, text + cut.label_end, NULL, line);
}

static void
resolve_statement_chips (FwPageParser    *self,
                         ChipKnowledge   *knowledge,
                         FwPageStatement *statement,
                         gboolean         learn_only)
{
  g_autoptr(GArray) spans = find_chip_spans (statement->text);
  g_autoptr(GPtrArray) chips = NULL;
  g_autofree char *body = NULL;
  const char *tail;

  if (spans->len == 0)
    {
      if (!learn_only)
        statement->chips_known = TRUE;
      return;
    }

  chips = g_ptr_array_new_with_free_func ((GDestroyNotify) _fw_page_chip_free);
  for (guint k = 0; k < spans->len; k++)
    {
      ChipSpan *span = &g_array_index (spans, ChipSpan, k);
      g_autofree char *text = g_strndup (statement->text + span->start, span->end - span->start);
      gsize statement_end = 0;
      gboolean sure = FALSE;
      FwPageChip *chip;

      if (learn_only && k == 0)
        continue;

      chip = cut_chip (knowledge, text, k > 0, statement->line, &statement_end, &sure);
      if (learn_only)
        {
          if (sure)
            remember_chip (knowledge, chip->label, chip->title);
          _fw_page_chip_free (chip);
          continue;
        }

      if (k == 0)
        body = strip_copy (text, statement_end);
      if (chip == NULL)
        {
          g_autofree char *quoted = quote_line (text);

          _fw_page_warn (self->warnings, statement->line, NULL,
                         "unknown citation label: cannot tell the citation from the "
                         "statement in \"%s\"", quoted);
          continue;
        }
      if (!sure)
        _fw_page_warn (self->warnings, statement->line, NULL,
                       "unknown citation label: read \"%s\" as the label of \"%s\"; "
                       "please check", chip->label, chip->title);
      g_ptr_array_add (chips, chip);
    }

  if (learn_only)
    return;

  tail = statement->text + g_array_index (spans, ChipSpan, spans->len - 1).next;
  tail += strspn (tail, " .,;");
  if (*tail != '\0')
    {
      g_autofree char *quoted = quote_line (tail);

      _fw_page_warn (self->warnings, statement->line, NULL,
                     "skipped text after the citations: \"%s\"", quoted);
    }

  g_free (statement->text);
  statement->text = g_steal_pointer (&body);
  statement->chips = g_steal_pointer (&chips);
  statement->chips_known = TRUE;
}

typedef void (*LevelFunc) (FwPageParser  *self,
                           ChipKnowledge *knowledge,
                           FwPageLevel   *level,
                           gboolean       learn_only);

static void
resolve_level_chips (FwPageParser  *self,
                     ChipKnowledge *knowledge,
                     FwPageLevel   *level,
                     gboolean       learn_only)
{
  for (guint i = 0; i < level->statements->len; i++)
    {
      FwPageStatement *statement = g_ptr_array_index (level->statements, i);

      if (!statement->chips_known)
        resolve_statement_chips (self, knowledge, statement, learn_only);
    }
}

static void
foreach_level (FwPageParser  *self,
               ChipKnowledge *knowledge,
               gboolean       learn_only)
{
  FwPage *page = self->page;

  for (guint k = 0; k < FW_N_LEVELS; k++)
    {
      resolve_level_chips (self, knowledge, &page->levels[k], learn_only);
      resolve_level_chips (self, knowledge, &page->ai_levels[k], learn_only);
    }
  for (guint d = 0; d < page->domains->len; d++)
    {
      FwPageDomain *domain = g_ptr_array_index (page->domains, d);

      for (guint l = 0; l < FW_N_DURABLE_LEVELS; l++)
        resolve_level_chips (self, knowledge, &domain->levels[l], learn_only);
    }
}

/* Labels the footer names: "SAFI (Jadhav & Danve, 2026)" gives both parts. */
static void
learn_footer_labels (FwPage        *page,
                     ChipKnowledge *knowledge)
{
  for (guint i = 0; i < page->footer_sources->len; i++)
    {
      const char *item = g_ptr_array_index (page->footer_sources, i);
      const char *open = strchr (item, '(');
      gsize len = strlen (item);

      g_hash_table_add (knowledge->labels, g_strdup (item));
      if (open != NULL && open > item && item[len - 1] == ')')
        {
          g_hash_table_add (knowledge->labels, strip_copy (item, open - item));
          g_hash_table_add (knowledge->labels, strip_copy (open + 1, item + len - 1 - (open + 1)));
        }
    }
}

static void
resolve_chips (FwPageParser *self)
{
  ChipKnowledge knowledge;

  knowledge.labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  knowledge.label_by_title = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  learn_footer_labels (self->page, &knowledge);
  /* Chips after the first stand alone: learn them before cutting statements from chips. */
  foreach_level (self, &knowledge, TRUE);
  foreach_level (self, &knowledge, FALSE);

  g_hash_table_unref (knowledge.labels);
  g_hash_table_unref (knowledge.label_by_title);
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

  resolve_chips (self);

  return g_steal_pointer (&self->page);
}

/* ---------------------------------------------------------------------------------------- */
/* Entry points                                                                             */

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
