/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "fw-rules-private.h"
#include "fw-split.h"

/*
 * The proficiency levels (FW-LVL-001 … FW-LVL-005) and the text of every statement, whatever
 * its section (FW-STM-001 … FW-STM-011).
 */

#define EM_DASH "\xe2\x80\x94"

/*
 * Statement text is mostly ASCII, and the editor revalidates after every pause in typing, so
 * the character helpers below only decode UTF-8 for non-ASCII bytes.
 */
static gunichar
char_at (const char *p)
{
  return (guchar) *p < 0x80 ? (gunichar) (guchar) *p : g_utf8_get_char (p);
}

static gboolean
is_white (gunichar c)
{
  return c < 0x80 ? g_ascii_isspace (c) : g_unichar_isspace (c);
}

static gboolean
is_blank (const char *text)
{
  for (; *text != '\0'; text = g_utf8_next_char (text))
    {
      if (!is_white (char_at (text)))
        return FALSE;
    }

  return TRUE;
}

/* Levels -------------------------------------------------------------------------------------- */

/* "levels.developing.label": the path of a field of a level, built only for a finding. */
static char *
level_field_path (FwLevelKey  key,
                  const char *field)
{
  g_autofree char *path = _fw_section_path (FW_SECTION_LEVELS, key, NULL);

  return g_strconcat (path, ".", field, NULL);
}

static void
check_label (FwRuleContext *ctx,
             FwLevel       *level,
             FwLevelKey     key)
{
  const char *label = fw_level_get_label (level);
  const char *standard = fw_level_key_default_label (key);
  g_autofree char *label_path = NULL;
  g_autofree char *hint = NULL;
  guint64 order = _fw_order_key (FW_ORDER_LEVELS, key, 0, 0);
  const FwFindingLocation *location = FW_LOCATION (FW_FINDING_SECTION_LEVELS, key, NULL, NULL);
  gboolean blank = is_blank (label);

  if (!blank && g_str_equal (label, standard))
    return;

  label_path = level_field_path (key, "label");
  hint = g_strdup_printf (_("Label the level \"%s\"."), standard);
  if (blank)
    {
      _fw_report (ctx, FW_RULE_LVL_LABEL, order, label_path, location, "label", hint,
                  N_("the %s level has no label"), standard);
    }
  else
    {
      g_autofree char *quoted = _fw_quote (label, 40);

      _fw_report (ctx, FW_RULE_LVL_LABEL, order, label_path, location, "label", hint,
                  N_("the %s level is labelled %s; NSX requires \"%s\""), standard, quoted,
                  standard);
    }
}

static void
check_role_label (FwRuleContext *ctx,
                  FwLevel       *level,
                  FwLevelKey     key)
{
  g_autofree char *role_path = NULL;
  g_autofree char *hint = NULL;

  if (!is_blank (fw_level_get_role_label (level)))
    return;

  role_path = level_field_path (key, "roleLabel");
  hint = g_strdup_printf (_("Say who works at this level, e.g. \"%s\"."),
                          fw_level_key_default_role_label (key));
  _fw_report (ctx, FW_RULE_LVL_ROLE_LABEL, _fw_order_key (FW_ORDER_LEVELS, key, 0, 0),
              role_path, FW_LOCATION (FW_FINDING_SECTION_LEVELS, key, NULL, NULL), "roleLabel",
              hint, N_("the %s level has no role label"), fw_level_key_default_label (key));
}

static void
check_statement_count (FwRuleContext *ctx,
                       FwLevel       *level,
                       FwLevelKey     key)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (fw_level_get_statements (level)));
  guint expected = fw_profile_get_expected_statements (ctx->profile);
  const char *label = fw_level_key_default_label (key);
  g_autofree char *statements_path = NULL;
  guint64 order = _fw_order_key (FW_ORDER_LEVELS, key, 0, 0);
  const FwFindingLocation *location = FW_LOCATION (FW_FINDING_SECTION_LEVELS, key, NULL, NULL);

  /* The usual case, the expected count, builds no path. */
  if (n > 0 && (expected == 0 || n == expected))
    return;

  statements_path = level_field_path (key, "statements");
  if (n == 0 && expected > 0)
    {
      /* A count to reach, as the level's header shows it: "0 / 10". */
      _fw_report (ctx, FW_RULE_LVL_EMPTY, order, statements_path, location, "statements",
                  N_("Write the statements that describe work at this level."),
                  N_("the %s level has no statements yet: 0 / %u"), label, expected);
    }
  else if (n == 0)
    {
      _fw_report (ctx, FW_RULE_LVL_EMPTY, order, statements_path, location, "statements",
                  N_("Write the statements that describe work at this level."),
                  N_("the %s level has no statements"), label);
    }
  else if (expected > 0 && n != expected)
    {
      /* Hints are only shown, so they are translated here; messages keep their English. */
      g_autofree char *hint =
        n < expected ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Add %u statement.",
                                                     "Add %u statements.", expected - n),
                                        expected - n)
                     : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                     "Remove or merge %u statement, or move it "
                                                     "to another level.",
                                                     "Remove or merge %u statements, or move "
                                                     "them to another level.", n - expected),
                                        n - expected);

      if (n == 1)
        _fw_report (ctx, FW_RULE_LVL_COUNT, order, statements_path, location, "statements",
                    hint, N_("the %s level has %u statement; the profile expects %u"), label, n,
                    expected);
      else
        _fw_report (ctx, FW_RULE_LVL_COUNT, order, statements_path, location, "statements",
                    hint, N_("the %s level has %u statements; the profile expects %u"), label,
                    n, expected);
    }
}

static void
check_ai_statements (FwRuleContext *ctx,
                     FwLevel       *level,
                     FwLevelKey     key)
{
  g_autofree char *path = NULL;

  if (g_list_model_get_n_items (G_LIST_MODEL (fw_level_get_ai_statements (level))) > 0)
    return;
  /* NSX exports hold no AI-fluency statements: no path for a finding that will not be made. */
  if (!_fw_rule_enabled (ctx, FW_RULE_LVL_AI_EMPTY))
    return;

  path = _fw_section_path (FW_SECTION_AI_FLUENCY, key, NULL);
  _fw_report (ctx, FW_RULE_LVL_AI_EMPTY, _fw_order_key (FW_ORDER_AI_FLUENCY, key, 0, 0),
              path, FW_LOCATION (FW_FINDING_SECTION_AI_FLUENCY, key, NULL, NULL), NULL,
              N_("Describe how a worker at this level uses, directs and evaluates AI tools."),
              N_("the %s level has no AI-fluency statements"),
              fw_level_key_default_label (key));
}

void
_fw_rules_levels (FwRuleContext *ctx)
{
  for (guint key = 0; key < FW_N_LEVELS; key++)
    {
      FwLevel *level = fw_document_get_level (ctx->document, key);

      check_label (ctx, level, key);
      check_role_label (ctx, level, key);
      check_statement_count (ctx, level, key);
      check_ai_statements (ctx, level, key);
    }
}

/* Statements ---------------------------------------------------------------------------------- */

/* A space as people see one: U+0020, no-break space and the other Unicode space separators. */
static gboolean
is_space (gunichar c)
{
  return c < 0x80 ? c == ' ' : g_unichar_type (c) == G_UNICODE_SPACE_SEPARATOR;
}

/* Whether a field of a statement is blank: a field with a word is not, without a look. */
static gboolean
is_blank_field (const char    *text,
                const FwWords *words)
{
  return words->n_words == 0 && is_blank (text);
}

static void
check_empty (FwRuleContext        *ctx,
             const FwStatementRef *ref,
             const char           *headline,
             const char           *body)
{
  if (is_blank_field (headline, ref->headline_words))
    {
      g_autofree char *quoted = _fw_quote (body, 40);

      _fw_report_statement (ctx, FW_RULE_STM_EMPTY_HEADLINE, ref, "headline",
                            N_("Write a short noun phrase that names the skill."),
                            N_("the headline is empty (body: %s)"), quoted);
    }

  if (is_blank_field (body, ref->body_words))
    {
      g_autofree char *quoted = _fw_quote (headline, 40);

      _fw_report_statement (ctx, FW_RULE_STM_EMPTY_BODY, ref, "body",
                            N_("Say what the worker does, and how well, starting with a verb."),
                            N_("the body is empty (headline: %s)"), quoted);
    }
}

/* The last character of @text (@length bytes) that is not a space, or NULL. */
static const char *
last_visible (const char *text,
              gsize       length)
{
  const char *p = text + length;

  while (p > text)
    {
      const char *previous = g_utf8_find_prev_char (text, p);

      if (!is_white (char_at (previous)))
        return previous;
      p = previous;
    }

  return NULL;
}

/* The words (runs of characters other than spaces) and the characters of @text, in one pass. */
static void
count_words (const char *text,
             guint      *n_words,
             glong      *n_chars)
{
  gboolean in_word = FALSE;

  *n_words = 0;
  *n_chars = 0;
  for (const guchar *p = (const guchar *) text; *p != '\0';)
    {
      gboolean space;

      /* ASCII without decoding. */
      if (*p < 0x80)
        {
          space = g_ascii_isspace (*p);
          p++;
        }
      else
        {
          space = g_unichar_isspace (g_utf8_get_char ((const char *) p));
          p += g_utf8_skip[*p];
        }

      if (!space && !in_word)
        (*n_words)++;
      in_word = !space;
      (*n_chars)++;
    }
}

static void
check_headline_form (FwRuleContext        *ctx,
                     const FwStatementRef *ref,
                     const char           *headline)
{
  const char *last = last_visible (headline, ref->lengths[0]);
  guint max_words = _fw_profile_get_headline_words (ctx->profile);
  guint max_chars = _fw_profile_get_headline_chars (ctx->profile);
  guint n_words;
  glong n_chars;

  if (last == NULL)
    return;

  if (*last == '.' || *last == '!' || *last == '?')
    {
      g_autofree char *quoted = _fw_quote (headline, 60);
      const char *hint = N_("Remove the final punctuation; the body carries the sentence.");

      /* One whole message per mark, so that translations can word each their own way. */
      if (*last == '.')
        _fw_report_statement (ctx, FW_RULE_STM_HEADLINE_SENTENCE, ref, "headline", hint,
                              N_("the headline %s ends with a period; headlines are phrases, "
                                 "not sentences"), quoted);
      else if (*last == '!')
        _fw_report_statement (ctx, FW_RULE_STM_HEADLINE_SENTENCE, ref, "headline", hint,
                              N_("the headline %s ends with an exclamation mark; headlines are "
                                 "phrases, not sentences"), quoted);
      else
        _fw_report_statement (ctx, FW_RULE_STM_HEADLINE_SENTENCE, ref, "headline", hint,
                              N_("the headline %s ends with a question mark; headlines are "
                                 "phrases, not sentences"), quoted);
    }

  count_words (headline, &n_words, &n_chars);
  if (max_words > 0 && n_words > max_words)
    _fw_report_statement (ctx, FW_RULE_STM_HEADLINE_LENGTH, ref, "headline",
                          N_("Shorten the headline; move detail into the body."),
                          N_("the headline has %u words; the profile allows %u"), n_words,
                          max_words);
  else if (max_chars > 0 && n_chars > (glong) max_chars)
    _fw_report_statement (ctx, FW_RULE_STM_HEADLINE_LENGTH, ref, "headline",
                          N_("Shorten the headline; move detail into the body."),
                          N_("the headline has %ld characters; the profile allows %u"), n_chars,
                          max_chars);
}

/* The first word of @text: up to a space or a comma, without a final punctuation mark. */
static char *
first_word (const char *text)
{
  const char *start = text;
  const char *end;

  while (*start != '\0' && is_white (char_at (start)))
    start = g_utf8_next_char (start);

  for (end = start; *end != '\0'; end = g_utf8_next_char (end))
    {
      gunichar c = char_at (end);

      if (is_white (c) || c == ',' || c == ';' || c == ':' || c == '.')
        break;
    }

  return g_strndup (start, end - start);
}

static gboolean
is_adverb (const FwWord *word)
{
  return word->length > 4 && g_str_equal (word->word + word->length - 2, "ly");
}

static void
check_body_start (FwRuleContext        *ctx,
                  const FwStatementRef *ref,
                  const char           *body)
{
  const char *start = body;
  const FwWords *words = ref->body_words;
  gunichar first;
  gboolean capital;
  g_autofree char *word = NULL;
  g_autofree char *quoted = NULL;

  while (*start != '\0' && is_white (char_at (start)))
    start = g_utf8_next_char (start);
  if (*start == '\0')
    return;

  /* The usual case, a lowercase verb or adverb, needs no copy: the words are split already. */
  first = char_at (start);
  capital = first < 0x80 ? g_ascii_isupper (first)
                         : g_unichar_isupper (first) || g_unichar_istitle (first);
  if (!capital && words->n_words > 0 &&
      strncmp (start, words->words[0].word, words->words[0].length) == 0 &&
      (is_adverb (&words->words[0]) ||
       _fw_lexicon_lookup_word (ctx->lexicon, &words->words[0]) != NULL))
    return;

  word = first_word (body);
  quoted = _fw_quote (word, 30);
  if (capital)
    {
      g_autofree char *fixed = g_utf8_strdown (word, -1);
      g_autofree char *hint = g_strdup_printf (_("Write \"%s\" in lowercase: the body "
                                                 "continues the headline."), fixed);

      _fw_report_statement (ctx, FW_RULE_STM_BODY_START, ref, "body", hint,
                            N_("the body starts with a capital letter: %s"), quoted);
      return;
    }

  _fw_report_statement (ctx, FW_RULE_STM_BODY_START, ref, "body",
                        N_("Start the body with what the worker does, as in \"adjust under direct "
                           "supervision\" or \"independently administer\"."),
                        N_("the body starts with %s, which is not a known verb or adverb"), quoted);
}

static gboolean
ends_with_period (const char *text,
                  gsize       length)
{
  const char *last = last_visible (text, length);

  if (last == NULL)
    return FALSE;
  if (*last == '.')
    return TRUE;

  /* A sentence may close a quotation or a parenthesis after its period. */
  if (*last == '"' || *last == ')' || g_str_has_prefix (last, "\xe2\x80\x9d"))
    {
      const char *before = g_utf8_find_prev_char (text, last);

      return before != NULL && *before == '.';
    }

  return FALSE;
}

static void
check_body_period (FwRuleContext        *ctx,
                   const FwStatementRef *ref,
                   const char           *body)
{
  g_autofree char *tail = NULL;
  const char *from;
  glong n_chars;

  if (!_fw_profile_wants_final_period (ctx->profile, ref->section) ||
      is_blank_field (body, ref->body_words) || ends_with_period (body, ref->lengths[1]))
    return;

  /* Quote the end of the body, from a word on. */
  n_chars = g_utf8_strlen (body, -1);
  from = g_utf8_offset_to_pointer (body, MAX (0, n_chars - 40));
  if (from > body && strchr (from, ' ') != NULL)
    from = strchr (from, ' ') + 1;
  tail = g_strchomp (g_strdup (from));
  _fw_report_statement (ctx, FW_RULE_STM_BODY_PERIOD, ref, "body",
                        N_("End the body with a period."),
                        N_("the body does not end with a period: \"%s%s\""),
                        from > body ? "\xe2\x80\xa6" : "", tail);
}

/* The length in bytes of the space at @p (see is_space ()), or 0. Decodes only rare bytes. */
static gsize
space_length (const char *p)
{
  const guchar *bytes = (const guchar *) p;

  if (bytes[0] == ' ')
    return 1;
  if (bytes[0] < 0xc2)
    return 0;
  if (bytes[0] == 0xc2)
    return bytes[1] == 0xa0 ? 2 : 0;

  return is_space (g_utf8_get_char (p)) ? (gsize) g_utf8_skip[bytes[0]] : 0;
}

/* "…guidance from  senior staff…": the doubled space at @doubled, with a little context. */
static char *
quote_doubled_space (const char *text,
                     const char *doubled)
{
  const char *from = doubled;
  const char *to = doubled;
  g_autofree char *context = NULL;

  for (int i = 0; i < 20 && from > text; i++)
    from = g_utf8_prev_char (from);

  /* Start the quotation at a word. */
  if (from > text)
    {
      const char *space = from;

      while (space < doubled && space_length (space) == 0)
        space = g_utf8_next_char (space);
      if (space < doubled)
        from = space + space_length (space);
    }

  for (int i = 0; i < 18 && *to != '\0'; i++)
    to = g_utf8_next_char (to);

  context = g_strndup (from, to - from);
  return _fw_quote (context, 40);
}

/* What one pass over a field finds: stray spaces and control characters. */
typedef struct
{
  gboolean    leading_space;
  const char *doubled_space;     /* the first of two spaces in a row */
  gboolean    trailing_space;
  const char *control;
  gunichar    control_char;
} TextScan;

static void
scan_text (const char *text,
           TextScan   *scan)
{
  const guchar *p = (const guchar *) text;
  const guchar *previous_space = NULL;

  memset (scan, 0, sizeof *scan);

  /* Byte by byte: printable ASCII takes one test; continuation bytes are never spaces. */
  while (*p != '\0')
    {
      guchar byte = *p;
      gsize space = 0;

      /* Printable ASCII other than space: the common case, in a loop of its own. */
      if ((guchar) (byte - 0x21) < 0x7f - 0x21)
        {
          do
            p++;
          while ((guchar) (*p - 0x21) < 0x7f - 0x21);
          previous_space = NULL;
          continue;
        }

      if (byte < ' ' || byte == 0x7f || (byte == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f))
        {
          /* C0 controls, DEL, and C1 controls (U+0080 … U+009F, encoded as C2 80 … C2 9F). */
          if (scan->control == NULL)
            {
              scan->control = (const char *) p;
              scan->control_char = byte == 0xc2 ? p[1] : byte;
            }
          previous_space = NULL;
          p += byte == 0xc2 ? 2 : 1;
          continue;
        }

      if (byte == ' ')
        space = 1;
      else if (byte >= 0xc2)
        space = space_length ((const char *) p);

      if (space == 0)
        {
          previous_space = NULL;
          p++;
          continue;
        }

      if ((const char *) p == text)
        scan->leading_space = TRUE;
      if (previous_space != NULL && scan->doubled_space == NULL)
        scan->doubled_space = (const char *) previous_space;
      previous_space = p;
      p += space;
    }

  scan->trailing_space = previous_space != NULL;
}

static void
check_whitespace (FwRuleContext        *ctx,
                  const FwStatementRef *ref,
                  const char           *field,
                  const char           *text,
                  const TextScan       *scan)
{
  g_autofree char *quoted = NULL;
  const char *hint = N_("Remove the extra spaces.");
  gboolean headline;

  /* A blank field is FW-STM-001/002's business. */
  if ((!scan->leading_space && !scan->doubled_space && !scan->trailing_space) || is_blank (text))
    return;

  /* Whole messages for each field, so that translations need not fit a field name in. */
  headline = g_str_equal (field, "headline");

  if (scan->leading_space)
    _fw_report_statement (ctx, FW_RULE_STM_WHITESPACE, ref, field, hint,
                          headline ? N_("the headline starts with a space")
                                   : N_("the body starts with a space"));
  else if (scan->doubled_space != NULL)
    {
      quoted = quote_doubled_space (text, scan->doubled_space);
      _fw_report_statement (ctx, FW_RULE_STM_WHITESPACE, ref, field, hint,
                            headline ? N_("the headline has a doubled space: %s")
                                     : N_("the body has a doubled space: %s"), quoted);
    }
  else
    _fw_report_statement (ctx, FW_RULE_STM_WHITESPACE, ref, field, hint,
                          headline ? N_("the headline ends with a space")
                                   : N_("the body ends with a space"));
}

static void
check_control (FwRuleContext        *ctx,
               const FwStatementRef *ref,
               const char           *field,
               const TextScan       *scan)
{
  gunichar c = scan->control_char;
  gboolean headline;

  if (scan->control == NULL)
    return;

  headline = g_str_equal (field, "headline");

  if (c == '\n' || c == '\r')
    _fw_report_statement (ctx, FW_RULE_STM_CONTROL, ref, field,
                          N_("Join the lines with a space: a statement is one line."),
                          headline ? N_("the headline contains a line break")
                                   : N_("the body contains a line break"));
  else if (c == '\t')
    _fw_report_statement (ctx, FW_RULE_STM_CONTROL, ref, field,
                          N_("Replace the tab with a space."),
                          headline ? N_("the headline contains a tab")
                                   : N_("the body contains a tab"));
  else
    _fw_report_statement (ctx, FW_RULE_STM_CONTROL, ref, field,
                          N_("Remove the invisible character."),
                          headline ? N_("the headline contains the control character U+%04X")
                                   : N_("the body contains the control character U+%04X"), c);
}

/* FW-STM-007 and FW-STM-008 for one field. */
static void
check_text (FwRuleContext        *ctx,
            const FwStatementRef *ref,
            const char           *field,
            const char           *text)
{
  TextScan scan;

  scan_text (text, &scan);
  check_whitespace (ctx, ref, field, text, &scan);
  check_control (ctx, ref, field, &scan);
}

/* Whether the em dash at @dash stands free: spaces or the ends of @text on both sides. */
static gboolean
is_spaced_dash (const char *text,
                const char *dash)
{
  const char *after = dash + strlen (EM_DASH);
  gboolean space_before = dash == text ||
                          g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (dash)));
  gboolean space_after = *after == '\0' || g_unichar_isspace (g_utf8_get_char (after));

  return space_before && space_after;
}

static void
check_dashes (FwRuleContext        *ctx,
              const FwStatementRef *ref,
              const char           *headline,
              const char           *body)
{
  const char *dash;
  g_autofree char *quoted = NULL;

  for (dash = strstr (headline, EM_DASH); dash != NULL; dash = strstr (dash + 1, EM_DASH))
    {
      if (is_spaced_dash (headline, dash))
        {
          quoted = _fw_quote (headline, 60);
          _fw_report_statement (ctx, FW_RULE_STM_HEADLINE_DASH, ref, "headline",
                                N_("Move the text after the em dash into the body, or use a comma "
                                   "or a hyphen."),
                                N_("the headline contains a spaced em dash, so its text form would "
                                   "split there: %s"), quoted);
          return;
        }
    }

  if (strstr (headline, EM_DASH) != NULL)
    {
      quoted = _fw_quote (headline, 60);
      _fw_report_statement (ctx, FW_RULE_STM_BODY_DASH, ref, "headline",
                            N_("Use a hyphen or a comma instead of the em dash."),
                            N_("the headline contains an em dash, so the text form shows two: %s"),
                            quoted);
    }
  else if (strstr (body, EM_DASH) != NULL)
    {
      quoted = _fw_quote (body, 60);
      _fw_report_statement (ctx, FW_RULE_STM_BODY_DASH, ref, "body",
                            g_str_has_prefix (body, EM_DASH) ||
                            g_str_has_prefix (body, " " EM_DASH)
                              ? N_("Remove the em dash at the start of the body: the separator "
                                   "is added when the statement is written out.")
                              : N_("Use a comma or a semicolon instead of the em dash."),
                            N_("the body contains an em dash, so the text form shows two: %s"),
                            quoted);
    }
}

/* A hyphen or an en dash between spaces: someone typed a separator the wrong way. */
static const char *
find_typed_separator (const char *text)
{
  static const char * const separators[] = { " - ", " -- ", " \xe2\x80\x93 " };

  for (guint i = 0; i < G_N_ELEMENTS (separators); i++)
    {
      const char *found = strstr (text, separators[i]);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
check_separator (FwRuleContext        *ctx,
                 const FwStatementRef *ref,
                 const char           *headline,
                 const char           *body)
{
  double confidence = fw_statement_get_split_confidence (ref->statement);
  char number[G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *quoted = NULL;

  if (confidence < FW_SPLIT_CONFIDENT)
    {
      quoted = _fw_quote (headline, 60);
      /* Not %f: the report must not change with the user's locale. */
      g_ascii_formatd (number, sizeof number, "%.2f", confidence);
      _fw_report_statement (ctx, FW_RULE_STM_SEPARATOR, ref, "headline",
                            N_("Check where the headline ends and the body begins, then confirm "
                               "the split."),
                            N_("where the headline ends was guessed (confidence %s): %s"),
                            number, quoted);
    }
  else if (is_blank_field (body, ref->body_words) && find_typed_separator (headline) != NULL)
    {
      quoted = _fw_quote (headline, 60);
      _fw_report_statement (ctx, FW_RULE_STM_SEPARATOR, ref, "headline",
                            N_("Move the text after the hyphen into the body."),
                            N_("the headline seems to hold the body after a hyphen standing in for "
                               "the em dash: %s"), quoted);
    }
  else if (strncmp (body, "- ", 2) == 0 || strncmp (body, "\xe2\x80\x93 ", 4) == 0)
    {
      quoted = _fw_quote (body, 40);
      _fw_report_statement (ctx, FW_RULE_STM_SEPARATOR, ref, "body",
                            N_("Remove the dash at the start of the body: the separator is added "
                               "when the statement is written out."),
                            N_("the body starts with a dash standing in for the em dash: %s"),
                            quoted);
    }
}

void
_fw_rules_statements (FwRuleContext *ctx)
{
  for (guint i = 0; i < ctx->statements->len; i++)
    {
      const FwStatementRef *ref = g_ptr_array_index (ctx->statements, i);
      const char *headline = fw_statement_get_headline (ref->statement);
      const char *body = fw_statement_get_body (ref->statement);
      gboolean headline_plain = ref->headline_words->plain;
      gboolean body_plain = ref->body_words->plain;

      check_empty (ctx, ref, headline, body);
      check_headline_form (ctx, ref, headline);
      check_body_start (ctx, ref, body);
      check_body_period (ctx, ref, body);
      /* Plain text (see FwWords) has no stray space, control character or em dash. */
      if (!headline_plain)
        check_text (ctx, ref, "headline", headline);
      if (!body_plain)
        check_text (ctx, ref, "body", body);
      if (!headline_plain || !body_plain)
        check_dashes (ctx, ref, headline, body);
      check_separator (ctx, ref, headline, body);
    }
}
