/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <math.h>
#include <string.h>

#include "fw-data.h"
#include "fw-error.h"
#include "fw-rules-private.h"

/*
 * Level progression (FW-PRG-001 … FW-PRG-003) and the level-verbs lexicon it reads
 * (data/lexicons/level-verbs.txt; the format is described at the top of that file).
 */

#define ALL_LEVELS ((1u << FW_N_LEVELS) - 1)

/* The lexicon --------------------------------------------------------------------------------- */

typedef struct
{
  FwLexiconEntry   entry;
  char           **words;     /* the phrase's words, lowercase */
  guint            n_words;
} LexiconItem;

struct _FwLexicon
{
  GHashTable *verbs;          /* word → LexiconItem* (borrowed from items) */
  GHashTable *phrases;        /* first word → GPtrArray of LexiconItem* */
  GPtrArray  *items;          /* owns the items */
  /* By first byte, a bit per length (31 = longer) of the phrases' first words: most words of a
   * statement can be passed over without hashing them. */
  guint32     phrase_starts[256];
};

static guint32
length_bit (gsize length)
{
  return 1u << MIN (length, 31);
}

static void
lexicon_item_free (gpointer data)
{
  LexiconItem *item = data;

  g_free ((char *) item->entry.phrase);
  g_strfreev (item->words);
  g_free (item);
}

static FwLexicon *
lexicon_new (void)
{
  FwLexicon *lexicon = g_new0 (FwLexicon, 1);

  lexicon->verbs = g_hash_table_new (g_str_hash, g_str_equal);
  lexicon->phrases = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                            (GDestroyNotify) g_ptr_array_unref);
  lexicon->items = g_ptr_array_new_with_free_func (lexicon_item_free);

  return lexicon;
}

void
_fw_lexicon_free (FwLexicon *lexicon)
{
  if (lexicon == NULL)
    return;

  g_hash_table_unref (lexicon->verbs);
  g_hash_table_unref (lexicon->phrases);
  g_ptr_array_unref (lexicon->items);
  g_free (lexicon);
}

static gboolean
parse_levels (const char *text,
              guint      *levels)
{
  g_auto(GStrv) names = g_strsplit (text, ",", -1);

  *levels = 0;
  for (guint i = 0; names[i] != NULL; i++)
    {
      FwLevelKey key;

      g_strstrip (names[i]);
      if (g_str_equal (names[i], "any"))
        continue;
      if (!fw_level_key_from_string (names[i], &key))
        return FALSE;
      *levels |= 1u << key;
    }

  /* Naming every level says nothing about seniority: the same as "any". */
  if (*levels == ALL_LEVELS)
    *levels = 0;

  return TRUE;
}

/* The words of a phrase, split at runs of spaces. */
static char **
split_words (const char *phrase,
             guint      *n_words)
{
  g_auto(GStrv) parts = g_strsplit_set (phrase, " \t", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint n = 0;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (*parts[i] != '\0')
        {
          g_strv_builder_add (builder, parts[i]);
          n++;
        }
    }

  *n_words = n;
  return g_strv_builder_end (builder);
}

typedef enum
{
  SECTION_NONE,
  SECTION_VERBS,
  SECTION_PHRASES,
} LexiconSection;

static gboolean
add_item (FwLexicon       *lexicon,
          LexiconSection   section,
          const char      *phrase,
          guint            levels)
{
  LexiconItem *item = g_new0 (LexiconItem, 1);
  GPtrArray *list;

  item->entry.phrase = g_ascii_strdown (phrase, -1);
  item->entry.levels = levels;
  item->words = split_words (item->entry.phrase, &item->n_words);
  g_ptr_array_add (lexicon->items, item);

  if (section == SECTION_VERBS)
    {
      if (item->n_words != 1 || g_hash_table_contains (lexicon->verbs, item->words[0]))
        return FALSE;
      g_hash_table_insert (lexicon->verbs, item->words[0], item);
      return TRUE;
    }

  if (item->n_words == 0)
    return FALSE;
  lexicon->phrase_starts[(guchar) item->words[0][0]] |= length_bit (strlen (item->words[0]));
  list = g_hash_table_lookup (lexicon->phrases, item->words[0]);
  if (list == NULL)
    {
      list = g_ptr_array_new ();
      g_hash_table_insert (lexicon->phrases, item->words[0], list);
    }
  g_ptr_array_add (list, item);
  return TRUE;
}

static gboolean
parse_line (FwLexicon       *lexicon,
            char            *line,
            LexiconSection  *section,
            const char      *filename,
            guint            line_number,
            GError         **error)
{
  char *equals;
  guint levels;

  g_strstrip (line);
  if (*line == '\0' || *line == '#')
    return TRUE;

  if (g_str_equal (line, "[verbs]") || g_str_equal (line, "[phrases]"))
    {
      *section = line[1] == 'v' ? SECTION_VERBS : SECTION_PHRASES;
      return TRUE;
    }

  equals = strchr (line, '=');
  if (*section == SECTION_NONE || equals == NULL)
    {
      fw_set_error_at (error, FW_ERROR_PARSE, filename, line_number, 0,
                       *section == SECTION_NONE ? "entry before a [verbs] or [phrases] header"
                                                : "expected PHRASE = LEVEL[, LEVEL …]");
      return FALSE;
    }

  *equals = '\0';
  g_strstrip (line);
  if (!parse_levels (equals + 1, &levels))
    {
      fw_set_error_at (error, FW_ERROR_PARSE, filename, line_number, 0,
                       "unknown level in \"%s\": use emerging, developing, proficient, "
                       "advanced or any", g_strstrip (equals + 1));
      return FALSE;
    }

  if (!add_item (lexicon, *section, line, levels))
    {
      fw_set_error_at (error, FW_ERROR_PARSE, filename, line_number, 0,
                       *section == SECTION_VERBS ? "\"%s\" is listed twice, or is not one word"
                                                 : "\"%s\" is not a phrase", line);
      return FALSE;
    }

  return TRUE;
}

FwLexicon *
_fw_lexicon_parse (const char  *text,
                   gsize        length,
                   const char  *filename,
                   GError     **error)
{
  g_autoptr(FwLexicon) lexicon = lexicon_new ();
  g_autofree char *copy = g_strndup (text, length);
  g_auto(GStrv) lines = NULL;
  LexiconSection section = SECTION_NONE;

  if (!g_utf8_validate (copy, -1, NULL))
    {
      fw_set_error_at (error, FW_ERROR_PARSE, filename, 0, 0, "the lexicon is not UTF-8");
      return NULL;
    }

  lines = g_strsplit (copy, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (!parse_line (lexicon, lines[i], &section, filename, i + 1, error))
        return NULL;
    }

  return g_steal_pointer (&lexicon);
}

/* Adds the words of a body-starters list (one a line, '#' comments) as verbs of any level. */
static void
add_starters (FwLexicon *lexicon,
              GBytes    *bytes)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  g_autofree char *copy = g_strndup (data, length);
  g_auto(GStrv) lines = g_strsplit (copy, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *word = g_strstrip (lines[i]);

      if (*word == '\0' || *word == '#' || strchr (word, ' ') != NULL)
        continue;
      if (!g_hash_table_contains (lexicon->verbs, word))
        add_item (lexicon, SECTION_VERBS, word, 0);
    }
}

const FwLexicon *
_fw_lexicon_get_default (void)
{
  static FwLexicon *lexicon;

  if (g_once_init_enter (&lexicon))
    {
      g_autoptr(GBytes) bytes = fw_data_lookup ("lexicons/level-verbs.txt");
      g_autoptr(GBytes) starters = fw_data_lookup ("lexicons/body-starters.txt");
      g_autoptr(GError) error = NULL;
      FwLexicon *loaded = NULL;

      if (bytes != NULL)
        loaded = _fw_lexicon_parse (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                    "lexicons/level-verbs.txt", &error);
      else
        g_set_error_literal (&error, FW_ERROR, FW_ERROR_IO,
                             "lexicons/level-verbs.txt: error: not found in the data");

      if (loaded == NULL)
        {
          /* Only a broken build lacks the lexicon; progression rules then stay silent. */
          g_warning ("%s", error->message);
          loaded = lexicon_new ();
        }
      if (starters != NULL)
        add_starters (loaded, starters);

      g_once_init_leave (&lexicon, loaded);
    }

  return lexicon;
}

static const LexiconItem *
lookup_verb (const FwLexicon *lexicon,
             const char      *word)
{
  const LexiconItem *item = g_hash_table_lookup (lexicon->verbs, word);
  gsize length = strlen (word);
  char stem[64];
  const char *hyphen;

  if (item != NULL)
    return item;

  /* Third-person forms: leads, analyzes, addresses, queries. */
  if (length > 3 && length < sizeof stem && word[length - 1] == 's' && word[length - 2] != 's')
    {
      memcpy (stem, word, length - 1);
      stem[length - 1] = '\0';
      if ((item = g_hash_table_lookup (lexicon->verbs, stem)) != NULL)
        return item;
      if (length > 4 && word[length - 2] == 'e')
        {
          stem[length - 2] = '\0';
          if ((item = g_hash_table_lookup (lexicon->verbs, stem)) != NULL)
            return item;
          if (length > 5 && word[length - 3] == 'i')
            {
              stem[length - 3] = 'y';
              if ((item = g_hash_table_lookup (lexicon->verbs, stem)) != NULL)
                return item;
            }
        }
    }

  /* Prefixed compounds take the meaning of their last part: co-lead, re-evaluate. */
  hyphen = strrchr (word, '-');
  if (hyphen != NULL && hyphen[1] != '\0')
    return lookup_verb (lexicon, hyphen + 1);

  return NULL;
}

gboolean
_fw_lexicon_is_verb (const FwLexicon *lexicon,
                     const char      *word)
{
  return lookup_verb (lexicon, word) != NULL;
}

const FwLexiconEntry *
_fw_lexicon_lookup_verb (const FwLexicon *lexicon,
                         const char      *word)
{
  const LexiconItem *item = lookup_verb (lexicon, word);

  return item != NULL ? &item->entry : NULL;
}

/* Words --------------------------------------------------------------------------------------- */

/* Whether @p starts a letter or a digit; @c and @length receive the character. */
static inline gboolean
is_word_char_at (const char *p,
                 gunichar   *c,
                 gsize      *length)
{
  guchar byte = (guchar) *p;

  /* Statement text is mostly ASCII: no decoding for it. */
  if (byte < 0x80)
    {
      *c = byte;
      *length = 1;
      return g_ascii_isalnum (byte);
    }

  *c = g_utf8_get_char (p);
  *length = g_utf8_skip[byte];
  return g_unichar_isalnum (*c);
}

static gboolean
is_joiner (gunichar c)
{
  return c == '-' || c == '\'' || c == 0x2019;
}

static void
end_word (FwWords  *words,
          char     *word_start,
          char     *word_end,
          gboolean  after_comma)
{
  FwWord *word = &words->words[words->n_words++];
  guint32 hash = 2166136261u;

  *word_end = '\0';
  word->word = word_start;
  word->length = word_end - word_start;
  word->after_comma = after_comma;

  /* The duplicate rules compare words by hash. */
  for (const char *p = word_start; p < word_end; p++)
    hash = (hash ^ (guchar) *p) * 16777619u;
  word->hash = hash;
}

FwWords *
_fw_words_split (const char *text)
{
  gsize text_length = strlen (text);
  /* Words are at least one byte apart, and lowercasing can turn a two-byte character into a
   * three-byte one: one block holds the list, the words and their terminators. */
  gsize capacity = text_length / 2 + 2;
  gsize buffer_size = text_length * 3 / 2 + text_length + 2;
  FwWords *words = g_malloc (sizeof (FwWords) + capacity * sizeof (FwWord) + buffer_size);
  char *out;
  char *word_start = NULL;
  gboolean comma = FALSE;
  const char *p = text;

  words->words = (FwWord *) (words + 1);
  words->n_words = 0;
  words->buffer = out = (char *) (words->words + capacity);

  for (;;)
    {
      gunichar c;
      gsize length;
      gboolean letter;

      /* The common case, an ASCII letter or digit inside a word, in a tight loop. */
      while (word_start != NULL && g_ascii_isalnum (*p))
        {
          *out++ = (*p >= 'A' && *p <= 'Z') ? (char) (*p + ('a' - 'A')) : *p;
          p++;
        }

      letter = is_word_char_at (p, &c, &length);

      /* "co-lead", "patient's": a joiner between two letters belongs to the word. */
      if (!letter && word_start != NULL && is_joiner (c))
        {
          gunichar next;
          gsize next_length;

          letter = is_word_char_at (p + length, &next, &next_length);
        }

      if (letter)
        {
          if (word_start == NULL)
            word_start = out;
          if (c < 0x80)
            *out++ = (c >= 'A' && c <= 'Z') ? (char) (c + ('a' - 'A')) : (char) c;
          else
            out += g_unichar_to_utf8 (g_unichar_tolower (c), out);
          p += length;
          continue;
        }

      if (word_start != NULL)
        {
          end_word (words, word_start, out, comma);
          out++;
          word_start = NULL;
          comma = FALSE;
        }
      if (c == ',' || c == ';')
        comma = TRUE;
      if (c == 0)
        break;
      p += length;
    }

  return words;
}

void
_fw_words_free (FwWords *words)
{
  /* One block: see _fw_words_split (). */
  g_free (words);
}

/* Cues ---------------------------------------------------------------------------------------- */

/* A lexicon verb or phrase found in a statement body, as written there. */
typedef struct
{
  const char *text;       /* in the statement's words or in the lexicon */
  guint       levels;
  double      seniority;
} Cue;

/* A statement's cues: a range of one array shared by all the statements of a run. */
typedef struct
{
  GArray *cues;               /* Cue, shared */
  guint   first;
  guint   n_cues;
  double  seniority;          /* mean over the cues; NAN without cues */
} StatementCues;

static const Cue *
get_cue (const StatementCues *sc,
         guint                index)
{
  return &g_array_index (sc->cues, Cue, sc->first + index);
}

static double
levels_seniority (guint levels)
{
  double sum = 0;
  guint n = 0;

  for (guint key = 0; key < FW_N_LEVELS; key++)
    {
      if (levels & (1u << key))
        {
          sum += _fw_level_seniority (key);
          n++;
        }
    }

  return n > 0 ? sum / n : NAN;
}

static void
add_cue (GArray     *cues,
         const char *text,
         guint       levels)
{
  Cue cue;

  if (levels == 0)
    return;

  cue.text = text;
  cue.levels = levels;
  cue.seniority = levels_seniority (levels);
  g_array_append_val (cues, cue);
}

static gboolean
is_adverb (const char *word)
{
  return strlen (word) > 4 && g_str_has_suffix (word, "ly");
}

/* The verbs that open the body: "assess, triage, and coordinate …". */
static void
add_verb_cues (const FwLexicon *lexicon,
               const FwWords   *words,
               GArray          *cues)
{
  guint i = 0;
  guint n = words->n_words;

  while (i < n)
    {
      const FwWord *word;
      const LexiconItem *item;

      while (i < n && is_adverb (words->words[i].word))
        i++;
      if (i >= n)
        return;

      word = &words->words[i];
      item = lookup_verb (lexicon, word->word);
      if (item == NULL)
        return;
      add_cue (cues, word->word, item->entry.levels);

      /* Continue only into a coordinated verb: ", verb", "and verb", ", and verb". */
      i++;
      if (i >= n)
        return;
      word = &words->words[i];
      if (g_str_equal (word->word, "and") || g_str_equal (word->word, "or"))
        i++;
      else if (!word->after_comma)
        return;
    }
}

static void
add_phrase_cues (const FwLexicon *lexicon,
                 const FwWords   *words,
                 GArray          *cues)
{
  for (guint i = 0; i < words->n_words; i++)
    {
      const FwWord *word = &words->words[i];
      GPtrArray *phrases;

      if (!(lexicon->phrase_starts[(guchar) word->word[0]] & length_bit (word->length)))
        continue;

      phrases = g_hash_table_lookup (lexicon->phrases, word->word);

      for (guint p = 0; phrases != NULL && p < phrases->len; p++)
        {
          const LexiconItem *item = g_ptr_array_index (phrases, p);
          guint k;

          if (i + item->n_words > words->n_words)
            continue;
          for (k = 1; k < item->n_words; k++)
            {
              if (!g_str_equal (item->words[k], words->words[i + k].word))
                break;
            }
          if (k == item->n_words)
            add_cue (cues, item->entry.phrase, item->entry.levels);
        }
    }
}

static void
find_cues (const FwLexicon      *lexicon,
           const FwStatementRef *ref,
           GArray               *cues,
           StatementCues        *sc)
{
  double sum = 0;

  sc->cues = cues;
  sc->first = cues->len;
  add_verb_cues (lexicon, ref->body_words, cues);
  add_phrase_cues (lexicon, ref->body_words, cues);
  sc->n_cues = cues->len - sc->first;

  for (guint i = 0; i < sc->n_cues; i++)
    sum += get_cue (sc, i)->seniority;
  sc->seniority = sc->n_cues > 0 ? sum / sc->n_cues : NAN;
}

/* Rules --------------------------------------------------------------------------------------- */

/* The label of a statement's level as its section names it: "Emerging", "Exceeding". */
static const char *
level_label (const FwStatementRef *ref)
{
  if (ref->section == FW_SECTION_DURABLE_SKILLS)
    return fw_durable_level_default_label (ref->level);

  return fw_level_key_default_label (ref->level);
}

static void
check_extremes (FwRuleContext        *ctx,
                const FwStatementRef *ref,
                const StatementCues  *sc)
{
  /* Durable levels line up with proficiency levels: Exceeding is the top one. */
  gboolean lowest = ref->level == 0;
  gboolean highest = ref->level == FW_N_LEVELS - 1;

  for (guint i = 0; i < sc->n_cues && (lowest || highest); i++)
    {
      const Cue *cue = get_cue (sc, i);

      if (lowest && cue->levels == 1u << FW_LEVEL_ADVANCED)
        {
          _fw_report_statement (ctx, FW_RULE_PRG_EMERGING_SENIOR, ref, "body",
                                N_("Describe entry-level work, or move the statement to a higher "
                                   "level."),
                                N_("an %s statement says \"%s\", which the level-verbs lexicon "
                                   "reserves for Advanced work"), level_label (ref), cue->text);
          lowest = FALSE;
        }
      else if (highest && cue->levels == 1u << FW_LEVEL_EMERGING)
        {
          _fw_report_statement (ctx, FW_RULE_PRG_ADVANCED_JUNIOR, ref, "body",
                                N_("Describe independent, leading work, or move the statement to "
                                   "a lower level."),
                                N_("an %s statement says \"%s\", which the level-verbs lexicon "
                                   "reserves for Emerging work"), level_label (ref), cue->text);
          highest = FALSE;
        }
    }
}

typedef struct
{
  double sum;
  guint  n;
} Mean;

static const char *
section_level_label (FwSection section,
                     int       level)
{
  if (section == FW_SECTION_DURABLE_SKILLS)
    return fw_durable_level_default_label (level);

  return fw_level_key_default_label (level);
}

/* Up to three of the cues that pull @level below @threshold, quoted: "\"follow\", …". */
static char *
describe_low_cues (FwRuleContext *ctx,
                   StatementCues *all,
                   FwSection      section,
                   int            level,
                   double         threshold)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < ctx->statements->len && g_hash_table_size (seen) < 3; i++)
    {
      const FwStatementRef *ref = g_ptr_array_index (ctx->statements, i);

      if (ref->section != section || ref->level != level)
        continue;
      for (guint c = 0; c < all[i].n_cues && g_hash_table_size (seen) < 3; c++)
        {
          const Cue *cue = get_cue (&all[i], c);

          if (cue->seniority >= threshold || !g_hash_table_add (seen, (gpointer) cue->text))
            continue;
          g_string_append_printf (out, "%s\"%s\"", out->len > 0 ? ", " : "", cue->text);
        }
    }

  return out->len > 0 ? g_strdup_printf (", e.g. %s", out->str) : g_strdup ("");
}

static void
check_section_progression (FwRuleContext *ctx,
                           StatementCues *all,
                           FwSection      section)
{
  Mean means[FW_N_LEVELS] = { { 0 } };
  double margin = _fw_profile_get_seniority_margin (ctx->profile);

  for (guint i = 0; i < ctx->statements->len; i++)
    {
      const FwStatementRef *ref = g_ptr_array_index (ctx->statements, i);

      if (ref->section == section && !isnan (all[i].seniority))
        {
          means[ref->level].sum += all[i].seniority;
          means[ref->level].n++;
        }
    }

  for (guint level = 1; level < FW_N_LEVELS; level++)
    {
      double before, now;
      char before_text[G_ASCII_DTOSTR_BUF_SIZE];
      char now_text[G_ASCII_DTOSTR_BUF_SIZE];
      g_autofree char *path = NULL;
      g_autofree char *examples = NULL;

      /* Too few statements carry cues for a mean to say anything. */
      if (means[level].n < 2 || means[level - 1].n < 2)
        continue;

      before = means[level - 1].sum / means[level - 1].n;
      now = means[level].sum / means[level].n;
      if (now + margin >= before)
        continue;

      path = section == FW_SECTION_DURABLE_SKILLS ? g_strdup ("durableSkills")
                                                  : _fw_section_path (section, level, NULL);
      examples = describe_low_cues (ctx, all, section, level, before);
      /* Not %f: the report must not change with the user's locale. */
      g_ascii_formatd (before_text, sizeof before_text, "%.1f", before);
      g_ascii_formatd (now_text, sizeof now_text, "%.1f", now);
      _fw_report (ctx, FW_RULE_PRG_REGRESSION,
                  _fw_order_for_section (section, section == FW_SECTION_DURABLE_SKILLS ? 0 : level,
                                         0),
                  path, NULL, NULL,
                  N_("Make the level's statements more independent and more complex, or move the "
                     "junior ones down a level."),
                  N_("the %s%s statements read less senior than the %s ones (seniority %s against "
                     "%s)%s"),
                  section == FW_SECTION_AI_FLUENCY ? "AI-fluency "
                  : section == FW_SECTION_DURABLE_SKILLS ? "durable-skill " : "",
                  section_level_label (section, level), section_level_label (section, level - 1),
                  now_text, before_text, examples);
    }
}

void
_fw_rules_progression (FwRuleContext *ctx)
{
  g_autoptr(GArray) cues = NULL;
  g_autofree StatementCues *all = NULL;

  if (!_fw_rule_enabled (ctx, FW_RULE_PRG_EMERGING_SENIOR) &&
      !_fw_rule_enabled (ctx, FW_RULE_PRG_ADVANCED_JUNIOR) &&
      !_fw_rule_enabled (ctx, FW_RULE_PRG_REGRESSION))
    return;

  cues = g_array_sized_new (FALSE, FALSE, sizeof (Cue), ctx->statements->len * 4);
  all = g_new0 (StatementCues, ctx->statements->len + 1);
  for (guint i = 0; i < ctx->statements->len; i++)
    {
      const FwStatementRef *ref = g_ptr_array_index (ctx->statements, i);

      find_cues (ctx->lexicon, ref, cues, &all[i]);
      check_extremes (ctx, ref, &all[i]);
    }

  check_section_progression (ctx, all, FW_SECTION_LEVELS);
  check_section_progression (ctx, all, FW_SECTION_AI_FLUENCY);
  check_section_progression (ctx, all, FW_SECTION_DURABLE_SKILLS);
}
