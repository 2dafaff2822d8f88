/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include <enchant.h>

#include "fw-spell-checker.h"

struct _FwSpellChecker
{
  GObject      parent_instance;

  char        *language;
  /* Owned by the broker, which lives as long as the program. */
  EnchantDict *dict;
  char        *dict_tag;
  /* The dictionary loads on first use, in the idle check: loading takes some 50 ms, which
   * the window's first frame should not wait for. */
  gboolean     loaded;
};

G_DEFINE_FINAL_TYPE (FwSpellChecker, fw_spell_checker, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* One broker and one checker per language for the whole program: every text view of a
 * language shares the dictionary, which takes tens of milliseconds to load. */
static EnchantBroker *broker;
static GHashTable *checkers;

static void
fw_spell_checker_finalize (GObject *object)
{
  FwSpellChecker *self = FW_SPELL_CHECKER (object);

  if (self->dict != NULL)
    enchant_broker_free_dict (broker, self->dict);
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->dict_tag, g_free);

  G_OBJECT_CLASS (fw_spell_checker_parent_class)->finalize (object);
}

static void
fw_spell_checker_class_init (FwSpellCheckerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fw_spell_checker_finalize;

  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
fw_spell_checker_init (FwSpellChecker *self)
{
}

static void
collect_tag_cb (const char * const lang_tag,
                const char * const provider_name,
                const char * const provider_desc,
                const char * const provider_file,
                void              *user_data)
{
  g_ptr_array_add (user_data, g_strdup (lang_tag));
}

/* The dictionary tags to try for a BCP 47 tag, most fitting first: "es-MX" → es_MX, es_ES,
 * then any es_*; "en" → en_EN (none), en_US, then any en_*. */
static GPtrArray *
candidate_tags (const char *language)
{
  GPtrArray *tags = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *tag = g_strdelimit (g_strdup (language), "-", '_');
  g_auto(GStrv) parts = g_strsplit (tag, "_", 2);
  g_autofree char *lang = g_ascii_strdown (parts[0], -1);
  g_autofree char *upper = g_ascii_strup (parts[0], -1);
  g_autoptr(GPtrArray) installed = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *prefix = g_strconcat (lang, "_", NULL);

  if (parts[1] != NULL)
    g_ptr_array_add (tags, g_strdup_printf ("%s_%s", lang, parts[1]));
  g_ptr_array_add (tags, g_strdup_printf ("%s_%s", lang, upper));
  /* English has no en_EN: the commonest dictionary stands in. */
  if (g_str_equal (lang, "en"))
    g_ptr_array_add (tags, g_strdup ("en_US"));
  g_ptr_array_add (tags, g_strdup (lang));
  enchant_broker_list_dicts (broker, collect_tag_cb, installed);
  g_ptr_array_sort (installed, (GCompareFunc) g_strcmp0);
  for (guint i = 0; i < installed->len; i++)
    {
      if (g_str_has_prefix (g_ptr_array_index (installed, i), prefix))
        g_ptr_array_add (tags, g_strdup (g_ptr_array_index (installed, i)));
    }
  return tags;
}

static void
ensure_loaded (FwSpellChecker *self)
{
  g_autoptr(GPtrArray) tags = NULL;

  if (self->loaded)
    return;
  self->loaded = TRUE;
  if (broker == NULL)
    broker = enchant_broker_init ();
  tags = candidate_tags (self->language);
  for (guint i = 0; i < tags->len && self->dict == NULL; i++)
    {
      const char *tag = g_ptr_array_index (tags, i);

      if (!enchant_broker_dict_exists (broker, tag))
        continue;
      self->dict = enchant_broker_request_dict (broker, tag);
      if (self->dict != NULL)
        self->dict_tag = g_strdup (tag);
    }
  if (self->dict == NULL)
    g_debug ("No spelling dictionary for language “%s”", self->language);
}

static FwSpellChecker *
fw_spell_checker_new (const char *language)
{
  FwSpellChecker *self = g_object_new (FW_TYPE_SPELL_CHECKER, NULL);

  self->language = g_strdup (language);
  return self;
}

FwSpellChecker *
fw_spell_checker_get_for_language (const char *language)
{
  FwSpellChecker *self;

  if (language == NULL || language[0] == '\0')
    language = "en";
  if (checkers == NULL)
    checkers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self = g_hash_table_lookup (checkers, language);
  if (self == NULL)
    {
      self = fw_spell_checker_new (language);
      g_hash_table_insert (checkers, g_strdup (language), self);
    }
  return self;
}

gboolean
fw_spell_checker_has_dictionary (FwSpellChecker *self)
{
  g_return_val_if_fail (FW_IS_SPELL_CHECKER (self), FALSE);

  ensure_loaded (self);
  return self->dict != NULL;
}

const char *
fw_spell_checker_get_language (FwSpellChecker *self)
{
  g_return_val_if_fail (FW_IS_SPELL_CHECKER (self), NULL);

  return self->language;
}

const char *
fw_spell_checker_get_dictionary (FwSpellChecker *self)
{
  g_return_val_if_fail (FW_IS_SPELL_CHECKER (self), NULL);

  ensure_loaded (self);
  return self->dict_tag;
}

static gboolean
has_digit_or_one_letter (const char *word,
                         gssize      len,
                         gboolean   *all_upper)
{
  const char *end = word + len;
  guint letters = 0;
  guint upper = 0;

  for (const char *p = word; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isdigit (c))
        return TRUE;
      if (g_unichar_isalpha (c))
        {
          letters++;
          if (g_unichar_isupper (c))
            upper++;
        }
    }
  *all_upper = letters >= 2 && upper == letters;
  /* A single letter (an initial, "a", a list mark) is always a word. */
  return letters < 2;
}

gboolean
fw_spell_word_is_exempt (const char *word,
                         gssize      len)
{
  gboolean all_upper = FALSE;

  g_return_val_if_fail (word != NULL, TRUE);

  if (len < 0)
    len = strlen (word);
  if (has_digit_or_one_letter (word, len, &all_upper))
    return TRUE;
  return all_upper;
}

gboolean
fw_spell_token_is_exempt (const char *token,
                          gssize      len)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (token != NULL, TRUE);

  text = g_strndup (token, len < 0 ? strlen (token) : (gsize) len);
  /* URLs, e-mail addresses, file names and codes such as O*NET-SOC 29-2034.00. */
  return strstr (text, "://") != NULL || g_str_has_prefix (text, "www.") ||
         strchr (text, '@') != NULL || strchr (text, '/') != NULL ||
         strchr (text, '*') != NULL || strchr (text, '_') != NULL;
}

gboolean
fw_spell_checker_check_word (FwSpellChecker *self,
                             const char     *word,
                             gssize          len)
{
  g_return_val_if_fail (FW_IS_SPELL_CHECKER (self), TRUE);
  g_return_val_if_fail (word != NULL, TRUE);

  if (len < 0)
    len = strlen (word);
  ensure_loaded (self);
  if (self->dict == NULL || len == 0 || fw_spell_word_is_exempt (word, len))
    return TRUE;
  /* enchant answers 0 for a correct word, positive for a misspelt one, negative on error. */
  return enchant_dict_check (self->dict, word, len) <= 0;
}

char **
fw_spell_checker_suggest (FwSpellChecker *self,
                          const char     *word,
                          guint           max_suggestions)
{
  GPtrArray *result = g_ptr_array_new ();
  char **suggestions = NULL;
  size_t n = 0;

  g_return_val_if_fail (FW_IS_SPELL_CHECKER (self), NULL);
  g_return_val_if_fail (word != NULL, NULL);

  ensure_loaded (self);
  if (self->dict != NULL)
    suggestions = enchant_dict_suggest (self->dict, word, -1, &n);
  for (size_t i = 0; i < n && result->len < max_suggestions; i++)
    g_ptr_array_add (result, g_strdup (suggestions[i]));
  if (suggestions != NULL)
    enchant_dict_free_string_list (self->dict, suggestions);
  g_ptr_array_add (result, NULL);
  return (char **) g_ptr_array_free (result, FALSE);
}

void
fw_spell_checker_add_word (FwSpellChecker *self,
                           const char     *word)
{
  g_return_if_fail (FW_IS_SPELL_CHECKER (self));
  g_return_if_fail (word != NULL);

  ensure_loaded (self);
  if (self->dict == NULL)
    return;
  enchant_dict_add (self->dict, word, -1);
  g_signal_emit (self, signals[CHANGED], 0);
}

void
fw_spell_checker_ignore_word (FwSpellChecker *self,
                              const char     *word)
{
  g_return_if_fail (FW_IS_SPELL_CHECKER (self));
  g_return_if_fail (word != NULL);

  ensure_loaded (self);
  if (self->dict == NULL)
    return;
  enchant_dict_add_to_session (self->dict, word, -1);
  g_signal_emit (self, signals[CHANGED], 0);
}
