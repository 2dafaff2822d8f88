/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "fw-map-suggest.h"
#include "fw-rules-private.h"
#include "fw-text-rank.h"
#include "fw-text.h"

/* An outcome's verb is looked for among its first words ("Students will be able to …"). */
#define VERB_WINDOW 8
/* An outcome's stem ("Upon completion of this course, students will be able to") is looked
 * for in its first characters. */
#define OUTCOME_STEM_LENGTH 96
/* How much the verb weighs against the course's place when both speak. */
#define VERB_WEIGHT 0.6

struct _FwMapSuggester
{
  FwDocument  *framework;
  FwTextIndex *index;
};

/* The texts of the O*NET tasks a statement is anchored to. */
static char *
tasks_text (FwDocument  *framework,
            FwStatement *statement)
{
  const char * const *anchors = fw_statement_get_anchors (statement);
  GListModel *tasks = G_LIST_MODEL (fw_onet_get_tasks (fw_document_get_onet (framework)));
  GString *text = g_string_new (NULL);

  for (guint i = 0; anchors != NULL && anchors[i] != NULL; i++)
    {
      for (guint j = 0; j < g_list_model_get_n_items (tasks); j++)
        {
          g_autoptr(FwTask) task = g_list_model_get_item (tasks, j);

          if (g_strcmp0 (fw_task_get_task_id (task), anchors[i]) != 0)
            continue;
          g_string_append (text, fw_task_get_text (task));
          g_string_append_c (text, '\n');
          break;
        }
    }

  return g_string_free (text, FALSE);
}

/* The cited sources' short labels and titles. */
static char *
citations_text (FwDocument  *framework,
                FwStatement *statement)
{
  const char * const *citations = fw_statement_get_citations (statement);
  GString *text = g_string_new (NULL);

  for (guint i = 0; citations != NULL && citations[i] != NULL; i++)
    {
      FwSource *source = fw_document_find_source (framework, citations[i]);

      if (source == NULL)
        continue;
      g_string_append_printf (text, "%s\n%s\n", fw_source_get_short_label (source),
                              fw_source_get_title (source));
    }

  return g_string_free (text, FALSE);
}

static gboolean
index_statement_cb (FwStatement            *statement,
                    const FwStatementPlace *place,
                    gpointer                user_data)
{
  FwMapSuggester *suggester = user_data;
  g_autofree char *tasks = tasks_text (suggester->framework, statement);
  g_autofree char *cited = citations_text (suggester->framework, statement);
  const char *fields[FW_TEXT_N_FIELDS] = { NULL };

  fields[FW_TEXT_FIELD_HEADLINE] = fw_statement_get_headline (statement);
  fields[FW_TEXT_FIELD_BODY] = fw_statement_get_body (statement);
  fields[FW_TEXT_FIELD_TASKS] = tasks;
  fields[FW_TEXT_FIELD_CITATIONS] = cited;
  fw_text_index_add (suggester->index, fw_statement_get_id (statement), fields);

  return TRUE;
}

FwMapSuggester *
fw_map_suggester_new (FwDocument  *framework,
                      GError     **error)
{
  FwMapSuggester *suggester;

  g_return_val_if_fail (FW_IS_DOCUMENT (framework), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  suggester = g_new0 (FwMapSuggester, 1);
  suggester->framework = g_object_ref (framework);
  suggester->index = fw_text_index_new (fw_document_get_language (framework));
  fw_document_foreach_statement (framework, index_statement_cb, suggester);

  return suggester;
}

void
fw_map_suggester_free (FwMapSuggester *suggester)
{
  if (suggester == NULL)
    return;

  g_object_unref (suggester->framework);
  fw_text_index_free (suggester->index);
  g_free (suggester);
}

void
fw_map_suggestion_free (FwMapSuggestion *suggestion)
{
  if (suggestion == NULL)
    return;

  g_free (suggestion->statement_id);
  g_strfreev (suggestion->matched_words);
  g_free (suggestion);
}

GPtrArray *
fw_map_suggester_search (FwMapSuggester *suggester,
                         const char     *text,
                         guint           limit)
{
  GPtrArray *suggestions = g_ptr_array_new_with_free_func ((GDestroyNotify)
                                                           fw_map_suggestion_free);
  g_autoptr(GPtrArray) hits = NULL;

  g_return_val_if_fail (suggester != NULL, suggestions);
  g_return_val_if_fail (text != NULL, suggestions);

  hits = fw_text_index_search (suggester->index, text, limit);
  for (guint i = 0; i < hits->len; i++)
    {
      FwTextHit *hit = g_ptr_array_index (hits, i);
      FwMapSuggestion *suggestion = g_new0 (FwMapSuggestion, 1);

      suggestion->statement_id = g_steal_pointer (&hit->id);
      suggestion->score = hit->score;
      suggestion->matched_words = g_steal_pointer (&hit->matched_words);
      suggestion->depth = FW_DEPTH_NONE;
      g_ptr_array_add (suggestions, suggestion);
    }

  return suggestions;
}

/* The mean level (0 emerging … 3 advanced) of the first telling verb, or -1. */
static double
verb_level (const char *text)
{
  const FwLexicon *lexicon = _fw_lexicon_get_default ();
  g_autoptr(GPtrArray) tokens = fw_text_tokenize (text);

  for (guint i = 0; i < tokens->len && i < VERB_WINDOW; i++)
    {
      FwToken *token = g_ptr_array_index (tokens, i);
      const FwLexiconEntry *entry = _fw_lexicon_lookup_verb (lexicon, token->word);
      guint count = 0;
      double sum = 0;

      if (entry == NULL || entry->levels == 0)
        continue;
      for (guint level = 0; level < FW_N_LEVELS; level++)
        {
          if (entry->levels & (1u << level))
            {
              sum += level;
              count++;
            }
        }
      if (count > 0 && count < FW_N_LEVELS)
        return sum / count;
    }

  return -1;
}

FwDepth
fw_map_suggest_depth (const char *outcome_text,
                      int         position,
                      guint       n_courses)
{
  double place = n_courses > 1 && position >= 0
    ? (double) MIN ((guint) position, n_courses - 1) / (n_courses - 1) : 0.5;
  double verb = verb_level (outcome_text != NULL ? outcome_text : "");
  double weight = verb >= 0 ? VERB_WEIGHT * verb / (FW_N_LEVELS - 1) + (1 - VERB_WEIGHT) * place
                            : place;

  if (weight < 1.0 / 3)
    return FW_DEPTH_INTRODUCED;
  if (weight < 2.0 / 3)
    return FW_DEPTH_REINFORCED;
  return FW_DEPTH_MASTERED;
}

/*
 * An outcome without its stem: "Upon completion, students will be able to position …" is
 * searched as "position …", so that every outcome does not match the statements about
 * students. The stem is what comes before "able to" or "will" when a learner is named in it.
 */
static const char *
outcome_query (const char *text)
{
  static const char * const learners[] = { "student", "learner", "graduate", "participant",
                                           "trainee", NULL };
  static const char * const ends[] = { "able to ", "will ", NULL };
  g_autofree char *lower = g_ascii_strdown (text, MIN (strlen (text), OUTCOME_STEM_LENGTH));

  for (guint i = 0; ends[i] != NULL; i++)
    {
      const char *end = strstr (lower, ends[i]);
      g_autofree char *stem = NULL;

      if (end == NULL)
        continue;
      stem = g_strndup (lower, end - lower);
      for (guint j = 0; learners[j] != NULL; j++)
        {
          if (strstr (stem, learners[j]) != NULL)
            return text + (end - lower) + strlen (ends[i]);
        }
    }

  return text;
}

GPtrArray *
fw_map_suggest (FwMapSuggester *suggester,
                FwMap          *map,
                const char     *outcome_id,
                guint           limit)
{
  FwMapCourse *course = NULL;
  FwMapOutcome *outcome;
  GPtrArray *suggestions;
  FwDepth depth;
  int position;

  g_return_val_if_fail (suggester != NULL, NULL);
  g_return_val_if_fail (FW_IS_MAP (map), NULL);
  g_return_val_if_fail (outcome_id != NULL, NULL);

  outcome = fw_map_find_outcome (map, outcome_id, &course, NULL);
  if (outcome == NULL)
    return g_ptr_array_new_with_free_func ((GDestroyNotify) fw_map_suggestion_free);

  position = fw_map_course_position (map, fw_map_outcome_get_id (outcome));
  depth = fw_map_suggest_depth (fw_map_outcome_get_text (outcome), position,
                                g_list_model_get_n_items (G_LIST_MODEL (fw_map_get_courses (map))));
  suggestions = fw_map_suggester_search (suggester,
                                         outcome_query (fw_map_outcome_get_text (outcome)),
                                         limit);
  for (guint i = 0; i < suggestions->len; i++)
    ((FwMapSuggestion *) g_ptr_array_index (suggestions, i))->depth = depth;

  return suggestions;
}
