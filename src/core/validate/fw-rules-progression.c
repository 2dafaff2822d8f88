/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <math.h>
#include <string.h>

#include "fw-rules-private.h"

/*
 * Level progression (FW-PRG-001 … FW-PRG-003), read through the level-verbs lexicon
 * (fw-lexicon.c).
 */

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
is_adverb (const FwWord *word)
{
  return word->length > 4 && g_str_equal (word->word + word->length - 2, "ly");
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
      const FwLexiconEntry *entry;

      while (i < n && is_adverb (&words->words[i]))
        i++;
      if (i >= n)
        return;

      word = &words->words[i];
      entry = _fw_lexicon_lookup_word (lexicon, word);
      if (entry == NULL)
        return;
      add_cue (cues, word->word, entry->levels);

      /* Continue only into a coordinated verb: ", verb", "and verb", ", and verb". */
      i++;
      if (i >= n)
        return;
      word = &words->words[i];
      if ((word->length == 3 && g_str_equal (word->word, "and")) ||
          (word->length == 2 && g_str_equal (word->word, "or")))
        i++;
      else if (!word->after_comma)
        return;
    }
}

static void
add_phrase_cue_cb (const FwLexiconEntry *entry,
                   gpointer              user_data)
{
  add_cue (user_data, entry->phrase, entry->levels);
}

static void
add_phrase_cues (const FwLexicon *lexicon,
                 const FwWords   *words,
                 GArray          *cues)
{
  _fw_lexicon_foreach_phrase (lexicon, words, add_phrase_cue_cb, cues);
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

/* One whole message per section, so that translations can word each their own way. */
static void
report_regression (FwRuleContext *ctx,
                   FwSection      section,
                   guint          level,
                   const char    *path,
                   const char    *now_text,
                   const char    *before_text,
                   const char    *examples)
{
  guint64 order = _fw_order_for_section (section,
                                         section == FW_SECTION_DURABLE_SKILLS ? 0 : level, 0);
  const FwFindingLocation *location = FW_LOCATION (_fw_finding_section (section), level, NULL,
                                                   NULL);
  const char *hint = N_("Make the level's statements more independent and more complex, or "
                        "move the junior ones down a level.");
  const char *label = section_level_label (section, level);
  const char *lower = section_level_label (section, level - 1);

  if (section == FW_SECTION_AI_FLUENCY)
    _fw_report (ctx, FW_RULE_PRG_REGRESSION, order, path, location, NULL, hint,
                N_("the AI-fluency %s statements read less senior than the %s ones (seniority "
                   "%s against %s)%s"), label, lower, now_text, before_text, examples);
  else if (section == FW_SECTION_DURABLE_SKILLS)
    _fw_report (ctx, FW_RULE_PRG_REGRESSION, order, path, location, NULL, hint,
                N_("the durable-skill %s statements read less senior than the %s ones "
                   "(seniority %s against %s)%s"), label, lower, now_text, before_text,
                examples);
  else
    _fw_report (ctx, FW_RULE_PRG_REGRESSION, order, path, location, NULL, hint,
                N_("the %s statements read less senior than the %s ones (seniority %s against "
                   "%s)%s"), label, lower, now_text, before_text, examples);
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
      report_regression (ctx, section, level, path, now_text, before_text, examples);
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
