/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "fw-data.h"
#include "fw-error.h"
#include "fw-rules-private.h"

/*
 * The level-verbs lexicon (data/lexicons/level-verbs.txt; the format is described at the top
 * of that file) and the words of a text, as the statement and progression rules read them.
 */

#define ALL_LEVELS ((1u << FW_N_LEVELS) - 1)

/* The lexicon ---------------------------------------------------------------------------------- */

typedef struct
{
  FwLexiconEntry   entry;
  char           **words;     /* the phrase's words, lowercase */
  guint            n_words;
} LexiconItem;

/* The phrases that start with one word; words whose hashes collide chain their groups. */
typedef struct _PhraseGroup PhraseGroup;
struct _PhraseGroup
{
  const char  *first;         /* borrowed from the first item */
  GPtrArray   *items;         /* LexiconItem*, borrowed */
  PhraseGroup *next;
};

struct _FwLexicon
{
  GHashTable *verbs;          /* word → LexiconItem* (borrowed from items) */
  /* The FNV-1a hash of a first word, as FwWord.hash holds it → PhraseGroup*: the words of a text
   * come hashed, so a lookup hashes nothing. */
  GHashTable *phrases;
  GPtrArray  *groups;         /* owns the groups */
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

/* FNV-1a of a NUL-terminated word. */
static guint32
word_hash (const char *word)
{
  guint32 hash = 2166136261u;

  for (const char *p = word; *p != '\0'; p++)
    hash = (hash ^ (guchar) *p) * 16777619u;
  return hash;
}

static void
phrase_group_free (gpointer data)
{
  PhraseGroup *group = data;

  g_ptr_array_unref (group->items);
  g_free (group);
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
  lexicon->phrases = g_hash_table_new (NULL, NULL);
  lexicon->groups = g_ptr_array_new_with_free_func (phrase_group_free);
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
  g_ptr_array_unref (lexicon->groups);
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
  PhraseGroup *chain;
  PhraseGroup *group;
  gpointer key;

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
  key = GUINT_TO_POINTER (word_hash (item->words[0]));
  chain = g_hash_table_lookup (lexicon->phrases, key);
  for (group = chain; group != NULL && !g_str_equal (group->first, item->words[0]);
       group = group->next)
    ;
  if (group == NULL)
    {
      group = g_new0 (PhraseGroup, 1);
      group->first = item->words[0];
      group->items = g_ptr_array_new ();
      group->next = chain;
      g_ptr_array_add (lexicon->groups, group);
      g_hash_table_insert (lexicon->phrases, key, group);
    }
  g_ptr_array_add (group->items, item);
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

/* Words ---------------------------------------------------------------------------------------- */

/* For each byte, its lowercase form if it is an ASCII letter or digit, else 0. */
static const char ascii_word_char[256] = {
  ['0'] = '0', ['1'] = '1', ['2'] = '2', ['3'] = '3', ['4'] = '4',
  ['5'] = '5', ['6'] = '6', ['7'] = '7', ['8'] = '8', ['9'] = '9',
  ['A'] = 'a', ['B'] = 'b', ['C'] = 'c', ['D'] = 'd', ['E'] = 'e', ['F'] = 'f', ['G'] = 'g',
  ['H'] = 'h', ['I'] = 'i', ['J'] = 'j', ['K'] = 'k', ['L'] = 'l', ['M'] = 'm', ['N'] = 'n',
  ['O'] = 'o', ['P'] = 'p', ['Q'] = 'q', ['R'] = 'r', ['S'] = 's', ['T'] = 't', ['U'] = 'u',
  ['V'] = 'v', ['W'] = 'w', ['X'] = 'x', ['Y'] = 'y', ['Z'] = 'z',
  ['a'] = 'a', ['b'] = 'b', ['c'] = 'c', ['d'] = 'd', ['e'] = 'e', ['f'] = 'f', ['g'] = 'g',
  ['h'] = 'h', ['i'] = 'i', ['j'] = 'j', ['k'] = 'k', ['l'] = 'l', ['m'] = 'm', ['n'] = 'n',
  ['o'] = 'o', ['p'] = 'p', ['q'] = 'q', ['r'] = 'r', ['s'] = 's', ['t'] = 't', ['u'] = 'u',
  ['v'] = 'v', ['w'] = 'w', ['x'] = 'x', ['y'] = 'y', ['z'] = 'z',
};

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

  *word_end = '\0';
  word->word = word_start;
  word->length = word_end - word_start;
  word->after_comma = after_comma;
  /* The duplicate rules compare words by hash; the phrase lookup goes by it. */
  word->hash = word_hash (word_start);
}

void
_fw_words_split (const char  *text,
                 gsize        text_length,
                 FwWords     *words,
                 FwWord     **word_space,
                 char       **byte_space)
{
  char *out = *byte_space;
  char *word_start = NULL;
  gboolean comma = FALSE;
  const char *p = text;

  words->words = *word_space;
  words->n_words = 0;
  words->buffer = out;

  for (;;)
    {
      gunichar c;
      gsize length;
      gboolean letter;

      /* The common case, an ASCII letter or digit inside a word, in a tight loop. */
      if (word_start != NULL)
        {
          char lower;

          while ((lower = ascii_word_char[(guchar) *p]) != 0)
            {
              *out++ = lower;
              p++;
            }
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

  g_assert (words->n_words <= FW_WORDS_MAX_WORDS (text_length));
  g_assert ((gsize) (out - *byte_space) <= FW_WORDS_MAX_BYTES (text_length));
  *word_space += words->n_words;
  *byte_space = out;
}

/* Phrases -------------------------------------------------------------------------------------- */

/* Calls @func for every lexicon phrase that @words contain, in the order they occur. */
void
_fw_lexicon_foreach_phrase (const FwLexicon     *lexicon,
                            const FwWords       *words,
                            FwLexiconPhraseFunc  func,
                            gpointer             user_data)
{
  for (guint i = 0; i < words->n_words; i++)
    {
      const FwWord *word = &words->words[i];
      const PhraseGroup *group;
      GPtrArray *phrases;

      if (!(lexicon->phrase_starts[(guchar) word->word[0]] & length_bit (word->length)))
        continue;

      for (group = g_hash_table_lookup (lexicon->phrases, GUINT_TO_POINTER (word->hash));
           group != NULL && !g_str_equal (group->first, word->word); group = group->next)
        ;
      phrases = group != NULL ? group->items : NULL;

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
            func (&item->entry, user_data);
        }
    }
}
