/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include <gio/gio.h>

#include "fw-split-private.h"

/* The splitter's words: the lexicon and dictionary it loads, and what it knows of a word
 * (a starter, a follower, common, inflected, a compound). */

/* Where the shipped lexicon may sit in the core library's GResource. */
static const char * const starters_resources[] = {
  "/org/framewright/Framewright/lexicons/body-starters.txt",
#ifdef RESOURCE_PREFIX
  RESOURCE_PREFIX "/data/lexicons/body-starters.txt",
#endif
  "/org/framewright/Framewright/data/lexicons/body-starters.txt",
  NULL
};

/* Prefixes that form new words from listed ones ("non-routine", "multisite"). */
static const Affix word_prefixes[] = {
  AFFIX ("anti"), AFFIX ("auto"), AFFIX ("bio"), AFFIX ("co"), AFFIX ("counter"),
  AFFIX ("cross"), AFFIX ("cyber"), AFFIX ("de"), AFFIX ("dis"), AFFIX ("eco"), AFFIX ("inter"),
  AFFIX ("intra"), AFFIX ("macro"), AFFIX ("micro"), AFFIX ("mid"), AFFIX ("mis"),
  AFFIX ("multi"), AFFIX ("non"), AFFIX ("out"), AFFIX ("over"), AFFIX ("post"), AFFIX ("pre"),
  AFFIX ("pro"), AFFIX ("re"), AFFIX ("self"), AFFIX ("semi"), AFFIX ("sub"), AFFIX ("super"),
  AFFIX ("tele"), AFFIX ("trans"), AFFIX ("ultra"), AFFIX ("un"), AFFIX ("under"), AFFIX ("up"),
  { NULL, 0 }
};

/* The first letters of word_prefixes, to skip most words at once. */
#define PREFIX_INITIALS "abcdeimnoprstu"

/* Suffixes that make nouns of verbs and adjectives, plural forms first. */
static const Affix noun_suffixes[] = {
  AFFIX ("ers"), AFFIX ("er"), AFFIX ("ors"), AFFIX ("or"), AFFIX ("ments"), AFFIX ("ment"),
  AFFIX ("ables"), AFFIX ("able"), AFFIX ("ness"), AFFIX ("ists"), AFFIX ("ist"),
  AFFIX ("ations"), AFFIX ("ation"), AFFIX ("als"), AFFIX ("al"),
  { NULL, 0 }
};

gboolean
_fw_split_ends_with (const char *word,
                     gsize       len,
                     const char *suffix)
{
  gsize suffix_len = strlen (suffix);

  return len >= suffix_len && memcmp (word + len - suffix_len, suffix, suffix_len) == 0;
}

static gboolean
ends_with_affix (const char  *word,
                 gsize        len,
                 const Affix *suffix)
{
  return len >= suffix->len && memcmp (word + len - suffix->len, suffix->text, suffix->len) == 0;
}

gboolean
_fw_split_ends_with_any (const char  *word,
                         gsize        len,
                         const Affix *suffixes)
{
  for (guint i = 0; suffixes[i].text != NULL; i++)
    if (ends_with_affix (word, len, &suffixes[i]))
      return TRUE;

  return FALSE;
}

/* Copies @len bytes of @s into @buf in ASCII lower case; FALSE when it does not fit. */
gboolean
_fw_split_lower_copy (const char *s,
                      gsize       len,
                      char        buf[MAX_WORD])
{
  if (len == 0 || len >= MAX_WORD)
    return FALSE;

  for (gsize i = 0; i < len; i++)
    buf[i] = s[i] >= 'A' && s[i] <= 'Z' ? s[i] - 'A' + 'a' : s[i];
  buf[len] = '\0';

  return TRUE;
}

/* Bytes of the whitespace character starting at @s (ASCII, no-break and thin spaces). */
gsize
_fw_split_space_len_at (const char *s,
                        gsize       avail)
{
  const guchar *u = (const guchar *) s;

  if (avail >= 1 && u[0] < 0x80)
    return g_ascii_isspace (u[0]) ? 1 : 0;
  if (avail >= 2 && u[0] == 0xc2 && u[1] == 0xa0)
    return 2;
  if (avail >= 3 && u[0] == 0xe2 && u[1] == 0x80 && (u[2] <= 0x8a || u[2] == 0xaf))
    return 3;
  if (avail >= 3 && u[0] == 0xe3 && u[1] == 0x80 && u[2] == 0x80)
    return 3;

  return 0;
}

/* Bytes of the whitespace character ending just before @s + @len. */
gsize
_fw_split_space_len_before (const char *s,
                            gsize       len)
{
  for (gsize n = 1; n <= 3 && n <= len; n++)
    if (_fw_split_space_len_at (s + len - n, n) == n)
      return n;

  return 0;
}

char *
_fw_split_dup_trimmed (const char *s,
                       gsize       len)
{
  gsize n;

  while (len > 0 && (n = _fw_split_space_len_at (s, len)) > 0)
    {
      s += n;
      len -= n;
    }
  while (len > 0 && (n = _fw_split_space_len_before (s, len)) > 0)
    len -= n;

  return g_strndup (s, len);
}

/* Dictionary and lexicon look-ups; @word is lower case, not necessarily NUL-terminated. */

guint
_fw_split_word_flags (const FwSplitter *self,
                      const char       *word,
                      gsize             len)
{
  char buf[MAX_WORD];

  if (len == 0 || len >= MAX_WORD)
    return 0;

  memcpy (buf, word, len);
  buf[len] = '\0';

  return GPOINTER_TO_UINT (g_hash_table_lookup (self->words, buf));
}

gboolean
_fw_split_is_starter (const FwSplitter *self,
                      const char       *word,
                      gsize             len)
{
  return (_fw_split_word_flags (self, word, len) & WORD_STARTER) != 0;
}

gboolean
_fw_split_is_follower (const FwSplitter *self,
                       const char       *word,
                       gsize             len)
{
  return (_fw_split_word_flags (self, word, len) & WORD_FOLLOWER) != 0;
}

static gboolean
is_common_word (const FwSplitter *self,
                const char       *word,
                gsize             len)
{
  return (_fw_split_word_flags (self, word, len) & WORD_COMMON) != 0;
}

/* Whether @stem (its first @stem_len bytes) followed by @suffix is a listed word. */
gboolean
_fw_split_is_common_with_suffix (const FwSplitter *self,
                                 const char       *stem,
                                 gsize             stem_len,
                                 const char       *suffix)
{
  char buf[MAX_WORD];
  gsize suffix_len = strlen (suffix);

  if (stem_len < 3 || stem_len + suffix_len >= MAX_WORD)
    return FALSE;

  memcpy (buf, stem, stem_len);
  memcpy (buf + stem_len, suffix, suffix_len);

  return is_common_word (self, buf, stem_len + suffix_len);
}

static gboolean
is_doubled_stem (const FwSplitter *self,
                 const char       *word,
                 gsize             stem_len)
{
  /* "planned" -> "plan", "setting" -> "set" */
  return stem_len >= 4 && word[stem_len - 1] == word[stem_len - 2] &&
         is_common_word (self, word, stem_len - 1);
}

/* Plural, third person, past, -ing and -ly forms of listed words. */
gboolean
_fw_split_is_inflection (const FwSplitter *self,
                         const char       *word,
                         gsize             len)
{
  if (_fw_split_ends_with (word, len, "ies") && _fw_split_is_common_with_suffix (self, word,
                                                                                 len - 3, "y"))
    return TRUE;
  if (_fw_split_ends_with (word, len, "s") && !_fw_split_ends_with (word, len, "ss"))
    return _fw_split_is_common_with_suffix (self, word, len - 1, "") ||
           (_fw_split_ends_with (word, len, "es") && _fw_split_is_common_with_suffix (self, word,
                                                                                      len - 2, ""));
  if (_fw_split_ends_with (word, len, "ied") && _fw_split_is_common_with_suffix (self, word,
                                                                                 len - 3, "y"))
    return TRUE;
  /* "used" -> "use", but "weed" is not "wee" + "d" nor "need" "nee" + "d" */
  if (_fw_split_ends_with (word, len, "ed"))
    return _fw_split_is_common_with_suffix (self, word, len - 2, "") ||
           (len >= 5 && _fw_split_ends_with (word, len - 1, "e") &&
            _fw_split_is_common_with_suffix (self, word, len - 1, "")) ||
           is_doubled_stem (self, word, len - 2);
  if (_fw_split_ends_with (word, len, "ing"))
    return _fw_split_is_common_with_suffix (self, word, len - 3, "") ||
           _fw_split_is_common_with_suffix (self, word, len - 3, "e") ||
           is_doubled_stem (self, word, len - 3);
  if (_fw_split_ends_with (word, len, "ly"))
    return _fw_split_is_common_with_suffix (self, word, len - 2, "") ||
           _fw_split_is_common_with_suffix (self, word, len - 1, "e") ||
           (_fw_split_ends_with (word, len, "ily")
            && _fw_split_is_common_with_suffix (self, word, len - 3, "y"));

  return FALSE;
}

static gboolean
is_known_or_inflected (const FwSplitter *self,
                       const char       *word,
                       gsize             len)
{
  return is_common_word (self, word, len) || _fw_split_is_inflection (self, word, len);
}

/* Length of the prefix (with its hyphen) that makes @word from a listed word, or 0. */
gsize
_fw_split_known_prefix_length (const FwSplitter *self,
                               const char       *word,
                               gsize             len)
{
  /* The shortest prefix has two letters and the rest needs four. */
  if (len < 6 || strchr (PREFIX_INITIALS, word[0]) == NULL)
    return 0;

  for (guint i = 0; word_prefixes[i].text != NULL; i++)
    {
      const Affix *prefix = &word_prefixes[i];
      gsize prefix_len = prefix->len;

      if (word[0] != prefix->text[0] || len <= prefix_len + 3 ||
          memcmp (word, prefix->text, prefix_len) != 0)
        continue;
      if (word[prefix_len] == '-')
        prefix_len++;
      if (len - prefix_len >= 4 &&
          is_known_or_inflected (self, word + prefix_len, len - prefix_len))
        return prefix_len;
    }

  return 0;
}

gboolean
_fw_split_is_word_prefix (const char *word,
                          gsize       len)
{
  for (guint i = 0; word_prefixes[i].text != NULL; i++)
    if (word_prefixes[i].len == len && memcmp (word, word_prefixes[i].text, len) == 0)
      return TRUE;

  return FALSE;
}

/* Nouns made from listed words: "preventers", "deliverables", "readiness". */
static gboolean
has_known_suffix (const FwSplitter *self,
                  const char       *word,
                  gsize             len)
{
  for (guint i = 0; noun_suffixes[i].text != NULL; i++)
    {
      const Affix *suffix = &noun_suffixes[i];

      if (ends_with_affix (word, len, suffix) &&
          (_fw_split_is_common_with_suffix (self, word, len - suffix->len, "") ||
           _fw_split_is_common_with_suffix (self, word, len - suffix->len, "e")))
        return TRUE;
    }

  return FALSE;
}

/*
 * "stakeholders" = "stake" + "holders". The second part needs four letters: too many
 * three-letter entries ("per", "sob") would make a compound of nearly anything.
 */
static gboolean
is_compound (const FwSplitter *self,
             const char       *word,
             gsize             len)
{
  for (gsize k = 3; k + 4 <= len; k++)
    {
      /* English compounds almost never start with a plural: "requestscare" is not one. */
      gboolean plural_first = word[k - 1] == 's' && is_common_word (self, word, k - 1);

      if (!plural_first && is_common_word (self, word, k) &&
          is_known_or_inflected (self, word + k, len - k))
        return TRUE;
    }

  return FALSE;
}

Known
_fw_split_classify_word (const FwSplitter *self,
                         const char       *word,
                         gsize             len,
                         gboolean          allow_compound)
{
  guint flags = _fw_split_word_flags (self, word, len);

  if (flags & WORD_COMMON)
    return KNOWN_EXACT;
  if (_fw_split_is_inflection (self, word, len))
    return KNOWN_INFLECTED;
  if (_fw_split_known_prefix_length (self, word, len) > 0 || has_known_suffix (self, word, len))
    return KNOWN_DERIVED;
  if (allow_compound && len >= 7 && is_compound (self, word, len))
    return KNOWN_COMPOUND;
  if (flags & WORD_PROPER)
    return KNOWN_PROPER;

  return KNOWN_NONE;
}

/* Adds @flags to @word, which must outlive the splitter (or already be a key). */
static void
add_word_flags (FwSplitter *self,
                char       *word,
                guint       flags)
{
  gpointer key, value;

  if (g_hash_table_lookup_extended (self->words, word, &key, &value))
    g_hash_table_insert (self->words, key, GUINT_TO_POINTER (GPOINTER_TO_UINT (value) | flags));
  else
    g_hash_table_insert (self->words, word, GUINT_TO_POINTER (flags));
}

void
_fw_split_add_lexicon_word (FwSplitter *self,
                            const char *word,
                            guint       flags)
{
  g_autofree char *lower = g_ascii_strdown (word, -1);

  if (*lower == '\0' || strlen (lower) >= MAX_WORD)
    return;

  add_word_flags (self, g_string_chunk_insert_const (self->lexicon_words, lower), flags);
}

void
_fw_split_add_starters (FwSplitter *self,
                        const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *comment = strchr (lines[i], '#');

      if (comment != NULL)
        *comment = '\0';
      _fw_split_add_lexicon_word (self, g_strstrip (lines[i]), WORD_STARTER);
    }
}

char *
_fw_split_load_shipped_starters (void)
{
  g_autofree char *path = NULL;
  const char *data_dir;
  char *contents = NULL;

  for (guint i = 0; starters_resources[i] != NULL; i++)
    {
      g_autoptr(GBytes) bytes = g_resources_lookup_data (starters_resources[i],
                                                         G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
      gsize size;
      const char *data;

      if (bytes == NULL)
        continue;
      data = g_bytes_get_data (bytes, &size);
      return g_strndup (data, size);
    }

  data_dir = g_getenv ("FW_DATA_DIR");
  if (data_dir == NULL)
    return NULL;

  path = g_build_filename (data_dir, STARTERS_FILE, NULL);
  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return NULL;

  return contents;
}

static void
add_dictionary_word (FwSplitter *self,
                     char       *word)
{
  gsize len = strlen (word);
  guint flags;

  while (len > 0 && (word[len - 1] == '\r' || word[len - 1] == ' '))
    word[--len] = '\0';
  /* Possessives add nothing; overlong entries are never looked up. */
  if (len == 0 || len >= MAX_WORD || strchr (word, '\'') != NULL)
    return;

  flags = g_ascii_isupper (word[0]) ? WORD_PROPER : WORD_COMMON;
  for (gsize i = 0; i < len; i++)
    word[i] = g_ascii_tolower (word[i]);

  add_word_flags (self, word, flags);
}

void
_fw_split_load_dictionary (FwSplitter *self,
                           const char *path)
{
  g_autoptr(GError) error = NULL;
  guint before = g_hash_table_size (self->words);
  char *line;

  if (!g_file_get_contents (path, &self->dictionary_text, NULL, &error))
    {
      g_debug ("No word list for the headline splitter: %s", error->message);
      return;
    }

  for (line = self->dictionary_text; line != NULL && *line != '\0'; )
    {
      char *end = strchr (line, '\n');

      if (end != NULL)
        *end = '\0';
      add_dictionary_word (self, line);
      line = end != NULL ? end + 1 : NULL;
    }

  self->has_dictionary = g_hash_table_size (self->words) > before;
}
