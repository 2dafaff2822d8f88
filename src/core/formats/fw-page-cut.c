/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <math.h>
#include <string.h>

#include "fw-error.h"
#include "fw-onet-data.h"
#include "fw-page.h"
#include "fw-page-text-private.h"

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
  label = _fw_page_text_strip_copy (text + cut.label_start, cut.label_end - cut.label_start);

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
        body = _fw_page_text_strip_copy (text, statement_end);
      if (chip == NULL)
        {
          g_autofree char *quoted = _fw_page_text_quote_line (text);

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
      g_autofree char *quoted = _fw_page_text_quote_line (tail);

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
          g_hash_table_add (knowledge->labels, _fw_page_text_strip_copy (item, open - item));
          g_hash_table_add (knowledge->labels,
                            _fw_page_text_strip_copy (open + 1, item + len - 1 - (open + 1)));
        }
    }
}

void
_fw_page_text_resolve_chips (FwPageParser *self)
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
