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

#define FNV_OFFSET 2166136261u
#define FNV_PRIME  16777619u

/* FNV-1a, continued over @length bytes from @hash. */
static guint32
hash_bytes (guint32     hash,
            const char *bytes,
            gsize       length)
{
  for (gsize i = 0; i < length; i++)
    hash = (hash ^ (guchar) bytes[i]) * FNV_PRIME;
  return hash;
}

/* Word tables ---------------------------------------------------------------------------------- */

/*
 * An open-addressing table from a word to a pointer, keyed by the word's FNV-1a hash: the words
 * of a statement come hashed (FwWord.hash), so looking one up hashes nothing, where a
 * GHashTable with g_str_hash would hash every word again.
 */
typedef struct
{
  guint32     hash;
  guint       length;
  const char *word;           /* NULL for an empty slot */
  gpointer    value;
} WordSlot;

typedef struct
{
  WordSlot *slots;
  guint     mask;             /* the number of slots - 1: a power of two, never full */
  guint     n_used;
} WordTable;

static void
word_table_init (WordTable *table)
{
  table->mask = 63;
  table->slots = g_new0 (WordSlot, table->mask + 1);
  table->n_used = 0;
}

static void
word_table_clear (WordTable *table)
{
  g_clear_pointer (&table->slots, g_free);
}

/* The slot that holds @word, or the empty slot where it would go. */
static WordSlot *
word_table_find (const WordTable *table,
                 const char      *word,
                 gsize            length,
                 guint32          hash)
{
  for (guint i = (hash ^ (hash >> 16)) & table->mask;; i = (i + 1) & table->mask)
    {
      WordSlot *slot = &table->slots[i];

      if (slot->word == NULL ||
          (slot->hash == hash && slot->length == length && memcmp (slot->word, word, length) == 0))
        return slot;
    }
}

static gpointer
word_table_lookup (const WordTable *table,
                   const char      *word,
                   gsize            length,
                   guint32          hash)
{
  return word_table_find (table, word, length, hash)->value;
}

/* Adds @word (borrowed: it must outlive the table) or replaces its value. */
static void
word_table_insert (WordTable  *table,
                   const char *word,
                   gpointer    value)
{
  gsize length = strlen (word);
  guint32 hash = hash_bytes (FNV_OFFSET, word, length);
  WordSlot *slot;

  /* At most half full, so that probes stay short. */
  if ((table->n_used + 1) * 2 > table->mask + 1)
    {
      WordSlot *old = table->slots;
      guint old_size = table->mask + 1;

      table->mask = old_size * 2 - 1;
      table->slots = g_new0 (WordSlot, table->mask + 1);
      for (guint i = 0; i < old_size; i++)
        {
          if (old[i].word != NULL)
            *word_table_find (table, old[i].word, old[i].length, old[i].hash) = old[i];
        }
      g_free (old);
    }

  slot = word_table_find (table, word, length, hash);
  if (slot->word == NULL)
    table->n_used++;
  slot->hash = hash;
  slot->length = length;
  slot->word = word;
  slot->value = value;
}

/* The lexicon ---------------------------------------------------------------------------------- */

typedef struct
{
  FwLexiconEntry   entry;
  char           **words;     /* the phrase's words, lowercase */
  guint32         *hashes;    /* and their FNV-1a hashes */
  guint            n_words;
} LexiconItem;

struct _FwLexicon
{
  WordTable   verbs;          /* word → LexiconItem* (borrowed from items) */
  WordTable   phrases;        /* first word → GPtrArray of LexiconItem* (borrowed) */
  GPtrArray  *groups;         /* owns the GPtrArrays */
  GPtrArray  *items;          /* owns the items */
  /* A bit for each phrase's first word, at its hash modulo 2^16: most words of a statement can
   * be passed over with one test, without a look-up. */
  guint64     phrase_starts[(1 << 16) / 64];
};

/* The bit of a word in FwLexicon.phrase_starts. */
static inline guint
start_bit (guint32 hash)
{
  return (hash ^ (hash >> 16)) & 0xffff;
}

/*
 * An item in one block: the struct, its word pointers and hashes, the lowercase phrase, and a
 * copy of that cut into words at runs of spaces and tabs. The shipped lexicons make some 1,300
 * items when a process first validates; one allocation each keeps that short.
 */
static LexiconItem *
lexicon_item_new (const char *phrase,
                  guint       levels)
{
  gsize length = strlen (phrase);
  guint n = 0;
  LexiconItem *item;
  char *text;
  char *cut;

  for (gsize i = 0; i < length; i++)
    {
      if (phrase[i] != ' ' && phrase[i] != '\t' &&
          (i == 0 || phrase[i - 1] == ' ' || phrase[i - 1] == '\t'))
        n++;
    }

  item = g_malloc (sizeof (LexiconItem) + n * (sizeof (char *) + sizeof (guint32)) +
                   2 * (length + 1));
  item->words = (char **) (item + 1);
  item->hashes = (guint32 *) (item->words + n);
  text = (char *) (item->hashes + n);
  cut = text + length + 1;
  for (gsize i = 0; i <= length; i++)
    text[i] = cut[i] = g_ascii_tolower (phrase[i]);
  item->entry.phrase = text;
  item->entry.levels = levels;
  item->n_words = 0;

  for (char *p = cut;;)
    {
      char *start;

      while (*p == ' ' || *p == '\t')
        p++;
      if (*p == '\0')
        break;
      for (start = p; *p != '\0' && *p != ' ' && *p != '\t'; p++)
        ;
      if (*p != '\0')
        *p++ = '\0';
      item->hashes[item->n_words] = hash_bytes (FNV_OFFSET, start, strlen (start));
      item->words[item->n_words++] = start;
    }

  g_assert (item->n_words == n);
  return item;
}

static FwLexicon *
lexicon_new (void)
{
  FwLexicon *lexicon = g_new0 (FwLexicon, 1);

  word_table_init (&lexicon->verbs);
  word_table_init (&lexicon->phrases);
  lexicon->groups = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  lexicon->items = g_ptr_array_new_with_free_func (g_free);

  return lexicon;
}

void
_fw_lexicon_free (FwLexicon *lexicon)
{
  if (lexicon == NULL)
    return;

  word_table_clear (&lexicon->verbs);
  word_table_clear (&lexicon->phrases);
  g_ptr_array_unref (lexicon->groups);
  g_ptr_array_unref (lexicon->items);
  g_free (lexicon);
}

static gboolean
is_blank_byte (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* "emerging, developing": the levels named, separated by commas, as bits. */
static gboolean
parse_levels (const char *text,
              guint      *levels)
{
  const char *p = text;

  *levels = 0;
  for (;;)
    {
      const char *end = strchr (p, ',');
      const char *name_end;
      char name[16];
      FwLevelKey key;

      if (end == NULL)
        end = p + strlen (p);
      while (p < end && is_blank_byte (*p))
        p++;
      for (name_end = end; name_end > p && is_blank_byte (name_end[-1]); name_end--)
        ;

      /* Every level name is shorter than the buffer. */
      if ((gsize) (name_end - p) >= sizeof name)
        return FALSE;
      memcpy (name, p, name_end - p);
      name[name_end - p] = '\0';
      if (!g_str_equal (name, "any"))
        {
          if (!fw_level_key_from_string (name, &key))
            return FALSE;
          *levels |= 1u << key;
        }

      if (*end == '\0')
        break;
      p = end + 1;
    }

  /* Naming every level says nothing about seniority: the same as "any". */
  if (*levels == ALL_LEVELS)
    *levels = 0;

  return TRUE;
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
  LexiconItem *item = lexicon_item_new (phrase, levels);
  GPtrArray *group;

  g_ptr_array_add (lexicon->items, item);

  if (section == SECTION_VERBS)
    {
      if (item->n_words != 1 ||
          word_table_lookup (&lexicon->verbs, item->words[0], strlen (item->words[0]),
                             item->hashes[0]) != NULL)
        return FALSE;
      word_table_insert (&lexicon->verbs, item->words[0], item);
      return TRUE;
    }

  if (item->n_words == 0)
    return FALSE;
  lexicon->phrase_starts[start_bit (item->hashes[0]) / 64] |=
    G_GUINT64_CONSTANT (1) << (start_bit (item->hashes[0]) % 64);
  group = word_table_lookup (&lexicon->phrases, item->words[0], strlen (item->words[0]),
                             item->hashes[0]);
  if (group == NULL)
    {
      group = g_ptr_array_new ();
      g_ptr_array_add (lexicon->groups, group);
      word_table_insert (&lexicon->phrases, item->words[0], group);
    }
  g_ptr_array_add (group, item);
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
      if (word_table_lookup (&lexicon->verbs, word, strlen (word),
                             hash_bytes (FNV_OFFSET, word, strlen (word))) == NULL)
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

/* The verb @word (@length bytes, hashed to @hash), or the verb it inflects or ends with. */
static const LexiconItem *
lookup_verb (const FwLexicon *lexicon,
             const char      *word,
             gsize            length,
             guint32          hash)
{
  const LexiconItem *item = word_table_lookup (&lexicon->verbs, word, length, hash);

  if (item != NULL)
    return item;

  /* Third-person forms: leads, analyzes, addresses, queries. The stems are prefixes of the word
   * (but for the "y"), so their hashes are those of the prefixes. */
  if (length > 3 && length < 64 && word[length - 1] == 's' && word[length - 2] != 's')
    {
      guint32 hash_3 = hash_bytes (FNV_OFFSET, word, length - 3);
      guint32 hash_2 = hash_bytes (hash_3, word + length - 3, 1);
      guint32 hash_1 = hash_bytes (hash_2, word + length - 2, 1);

      if ((item = word_table_lookup (&lexicon->verbs, word, length - 1, hash_1)) != NULL)
        return item;
      if (length > 4 && word[length - 2] == 'e')
        {
          if ((item = word_table_lookup (&lexicon->verbs, word, length - 2, hash_2)) != NULL)
            return item;
          if (length > 5 && word[length - 3] == 'i')
            {
              char stem[64];

              memcpy (stem, word, length - 3);
              stem[length - 3] = 'y';
              if ((item = word_table_lookup (&lexicon->verbs, stem, length - 2,
                                             hash_bytes (hash_3, "y", 1))) != NULL)
                return item;
            }
        }
    }

  /* Prefixed compounds take the meaning of their last part: co-lead, re-evaluate. */
  for (gsize i = length; i > 0; i--)
    {
      if (word[i - 1] == '-')
        return i < length ? lookup_verb (lexicon, word + i, length - i,
                                         hash_bytes (FNV_OFFSET, word + i, length - i))
                          : NULL;
    }

  return NULL;
}

static const LexiconItem *
lookup_verb_string (const FwLexicon *lexicon,
                    const char      *word)
{
  gsize length = strlen (word);

  return lookup_verb (lexicon, word, length, hash_bytes (FNV_OFFSET, word, length));
}

gboolean
_fw_lexicon_is_verb (const FwLexicon *lexicon,
                     const char      *word)
{
  return lookup_verb_string (lexicon, word) != NULL;
}

const FwLexiconEntry *
_fw_lexicon_lookup_verb (const FwLexicon *lexicon,
                         const char      *word)
{
  const LexiconItem *item = lookup_verb_string (lexicon, word);

  return item != NULL ? &item->entry : NULL;
}

const FwLexiconEntry *
_fw_lexicon_lookup_word (const FwLexicon *lexicon,
                         const FwWord    *word)
{
  const LexiconItem *item = lookup_verb (lexicon, word->word, word->length, word->hash);

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

/* Whether @p starts a letter or a digit. */
static inline gboolean
starts_word_char (const guchar *p)
{
  /* Statement text is mostly ASCII: no decoding for it. */
  if (*p < 0x80)
    return ascii_word_char[*p] != 0;

  return g_unichar_isalnum (g_utf8_get_char ((const char *) p));
}

void
_fw_words_split (const char  *text,
                 gsize        text_length,
                 FwWords     *words,
                 FwWord     **word_space,
                 char       **byte_space)
{
  char *out = *byte_space;
  /* The next word, in a local rather than through @words: the byte stores through @out could
   * alias words->n_words and force a reload at every word. */
  FwWord *word = *word_space;
  gboolean comma = FALSE;
  /* No space at the start; the scan below looks at the others. */
  gboolean plain = *text != ' ';
  const guchar *p = (const guchar *) text;

  words->words = word;
  words->buffer = out;

  for (;;)
    {
      char *word_start;
      guint32 hash = FNV_OFFSET;

      /* Between words. The usual separator, one space before a letter or digit, at once; else
       * one test for each ASCII space or punctuation mark. */
      if (*p == ' ' && ascii_word_char[p[1]] != 0)
        p++;
      else if (ascii_word_char[*p] == 0)
        {
          if (*p == '\0')
            break;
          if (*p < 0x80)
            {
              if (*p == ',' || *p == ';')
                comma = TRUE;
              else if (*p < ' ' || *p == 0x7f)
                plain = FALSE;    /* a control character */
              else if (*p == ' ' && (p[1] == ' ' || p[1] == '\0'))
                plain = FALSE;    /* a doubled space, or one at the end */
              p++;
              continue;
            }
          if (!g_unichar_isalnum (g_utf8_get_char ((const char *) p)))
            {
              plain = FALSE;
              p += g_utf8_skip[*p];
              continue;
            }
        }

      /* A word: lowercase it into the buffer, hashing it on the way (the duplicate rules
       * compare words by hash; the lexicon looks them up by it). */
      word_start = out;
      for (;;)
        {
          char lower;
          gunichar c;
          gsize length;

          /* The common case, ASCII letters and digits, in a tight loop. */
          while ((lower = ascii_word_char[*p]) != 0)
            {
              *out++ = lower;
              hash = (hash ^ (guchar) lower) * FNV_PRIME;
              p++;
            }

          /* "co-lead", "patient's": a joiner between two letters belongs to the word. */
          if (*p == '-' || *p == '\'')
            {
              if (!starts_word_char (p + 1))
                break;
              *out++ = (char) *p;
              hash = (hash ^ *p) * FNV_PRIME;
              p++;
              continue;
            }
          if (*p < 0x80)
            break;

          c = g_utf8_get_char ((const char *) p);
          length = g_utf8_skip[*p];
          if (!g_unichar_isalnum (c) && !(c == 0x2019 && starts_word_char (p + length)))
            break;
          length = g_unichar_to_utf8 (g_unichar_tolower (c), out);
          hash = hash_bytes (hash, out, length);
          out += length;
          p += g_utf8_skip[*p];
        }

      *out = '\0';
      word->word = word_start;
      word->length = out - word_start;
      word->hash = hash;
      word->after_comma = comma;
      word++;
      out++;
      comma = FALSE;
    }

  words->n_words = word - words->words;
  words->plain = plain;
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
      guint bit = start_bit (word->hash);
      GPtrArray *phrases;

      if (!(lexicon->phrase_starts[bit / 64] & (G_GUINT64_CONSTANT (1) << (bit % 64))))
        continue;

      phrases = word_table_lookup (&lexicon->phrases, word->word, word->length, word->hash);
      for (guint p = 0; phrases != NULL && p < phrases->len; p++)
        {
          const LexiconItem *item = g_ptr_array_index (phrases, p);
          guint k;

          if (i + item->n_words > words->n_words)
            continue;
          /* The hashes tell nearly every other word apart; the text confirms a match. */
          for (k = 1; k < item->n_words; k++)
            {
              const FwWord *next = &words->words[i + k];

              if (item->hashes[k] != next->hash || !g_str_equal (item->words[k], next->word))
                break;
            }
          if (k == item->n_words)
            func (&item->entry, user_data);
        }
    }
}
