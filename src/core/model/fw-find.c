/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "fw-find.h"

/* Find and Replace over a whole document: see fw_find_matches (). */

typedef struct
{
  const char *needle;
  FwFindFlags flags;
  FwFindPart  part;
  guint       field;
  GPtrArray  *matches;
} Walk;

void
fw_find_match_free (FwFindMatch *match)
{
  if (match == NULL)
    return;

  g_clear_object (&match->object);
  g_free (match);
}

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || c == '_' || g_unichar_ismark (c);
}

/* Whether @needle starts at @text; its end in *@end. */
static gboolean
match_at (const char  *text,
          const char  *needle,
          gboolean     match_case,
          const char **end)
{
  const char *t = text;
  const char *n = needle;

  while (*n != '\0')
    {
      gunichar tc, nc;

      if (*t == '\0')
        return FALSE;
      tc = g_utf8_get_char (t);
      nc = g_utf8_get_char (n);
      if (tc != nc && (match_case || g_unichar_tolower (tc) != g_unichar_tolower (nc)))
        return FALSE;
      t = g_utf8_next_char (t);
      n = g_utf8_next_char (n);
    }
  *end = t;

  return TRUE;
}

static gboolean
is_whole_word (const char *text,
               const char *start,
               const char *end)
{
  if (start > text && is_word_char (g_utf8_get_char (g_utf8_prev_char (start))))
    return FALSE;
  return *end == '\0' || !is_word_char (g_utf8_get_char (end));
}

static void
visit_text (Walk       *walk,
            GObject    *object,
            const char *property,
            int         item,
            const char *text)
{
  gboolean match_case = (walk->flags & FW_FIND_MATCH_CASE) != 0;
  const char *p = text;

  walk->field++;
  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return;

  while (*p != '\0')
    {
      const char *end;

      if (match_at (p, walk->needle, match_case, &end)
          && ((walk->flags & FW_FIND_WHOLE_WORDS) == 0 || is_whole_word (text, p, end)))
        {
          FwFindMatch *match = g_new0 (FwFindMatch, 1);

          match->object = g_object_ref (object);
          match->property = property;
          match->item = item;
          match->part = walk->part;
          match->field = walk->field;
          match->start = p - text;
          match->end = end - text;
          g_ptr_array_add (walk->matches, match);
          p = end;
          continue;
        }
      p = g_utf8_next_char (p);
    }
}

static void
visit_string (Walk       *walk,
              gpointer    object,
              const char *property)
{
  g_autofree char *text = NULL;

  g_object_get (object, property, &text, NULL);
  visit_text (walk, object, property, -1, text);
}

static void
visit_strv (Walk       *walk,
            gpointer    object,
            const char *property)
{
  g_auto(GStrv) entries = NULL;

  g_object_get (object, property, &entries, NULL);
  for (guint i = 0; entries != NULL && entries[i] != NULL; i++)
    visit_text (walk, object, property, i, entries[i]);
}

static void
visit_statements (Walk       *walk,
                  GListStore *store)
{
  GListModel *model = G_LIST_MODEL (store);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(FwStatement) statement = g_list_model_get_item (model, i);

      visit_string (walk, statement, "headline");
      visit_string (walk, statement, "body");
    }
}

static void
visit_each (Walk               *walk,
            GListModel         *model,
            const char * const *properties,
            const char         *strv_property)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) object = g_list_model_get_item (model, i);

      for (guint p = 0; properties[p] != NULL; p++)
        visit_string (walk, object, properties[p]);
      if (strv_property != NULL)
        visit_strv (walk, object, strv_property);
    }
}

static void
visit_levels (Walk       *walk,
              FwDocument *document)
{
  walk->part = FW_FIND_PART_LEVELS;
  for (guint key = 0; key < FW_N_LEVELS; key++)
    visit_statements (walk, fw_level_get_statements (fw_document_get_level (document, key)));
  walk->part = FW_FIND_PART_AI_FLUENCY;
  for (guint key = 0; key < FW_N_LEVELS; key++)
    visit_statements (walk, fw_level_get_ai_statements (fw_document_get_level (document, key)));
}

static void
visit_durable_skills (Walk       *walk,
                      FwDocument *document)
{
  GListModel *domains = G_LIST_MODEL (fw_document_get_domains (document));

  walk->part = FW_FIND_PART_DURABLE_SKILLS;
  for (guint i = 0; i < g_list_model_get_n_items (domains); i++)
    {
      g_autoptr(FwDomain) domain = g_list_model_get_item (domains, i);

      visit_string (walk, domain, "name");
      for (guint level = 0; level < FW_N_DURABLE_LEVELS; level++)
        visit_statements (walk, fw_domain_get_cell (domain, level));
    }
}

static void
visit_onet (Walk   *walk,
            FwOnet *onet)
{
  static const char * const task_properties[] = { "text", NULL };
  static const char * const title_properties[] = { "title", NULL };
  GListModel *technology = G_LIST_MODEL (fw_onet_get_technology_skills (onet));
  const char * const *lists = fw_onet_list_properties ();

  walk->part = FW_FIND_PART_ONET;
  visit_each (walk, G_LIST_MODEL (fw_onet_get_tasks (onet)), task_properties, NULL);
  for (guint i = 0; lists[i] != NULL; i++)
    {
      /* The technology skills hold these titles, with their examples. */
      if (g_str_equal (lists[i], "technology") && g_list_model_get_n_items (technology) > 0)
        continue;
      visit_strv (walk, onet, lists[i]);
    }
  visit_each (walk, technology, title_properties, "examples");
  visit_each (walk, G_LIST_MODEL (fw_onet_get_apprenticeships (onet)), title_properties, NULL);
}

GPtrArray *
fw_find_matches (FwDocument  *document,
                 const char  *needle,
                 FwFindFlags  flags)
{
  static const char * const overview[] = {
    "title", "group", "sector", "description", "context-covered", NULL
  };
  static const char * const evidence[] = { "top-skill", "wef-label", NULL };
  static const char * const sources[] = {
    "short-label", "title", "publisher", "version", "license", NULL
  };
  Walk walk = { needle, flags, FW_FIND_PART_OVERVIEW, 0, NULL };

  g_return_val_if_fail (FW_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (needle != NULL && *needle != '\0', NULL);
  g_return_val_if_fail (g_utf8_validate (needle, -1, NULL), NULL);

  walk.matches = g_ptr_array_new_with_free_func ((GDestroyNotify) fw_find_match_free);
  for (guint i = 0; overview[i] != NULL; i++)
    visit_string (&walk, document, overview[i]);
  visit_levels (&walk, document);
  visit_durable_skills (&walk, document);
  walk.part = FW_FIND_PART_EVIDENCE;
  for (guint i = 0; evidence[i] != NULL; i++)
    visit_string (&walk, fw_document_get_evidence (document), evidence[i]);
  visit_onet (&walk, fw_document_get_onet (document));
  walk.part = FW_FIND_PART_SOURCES;
  visit_each (&walk, G_LIST_MODEL (fw_document_get_sources (document)), sources, NULL);

  return walk.matches;
}

char *
fw_find_match_dup_text (const FwFindMatch *match)
{
  g_autofree char *text = NULL;
  g_auto(GStrv) entries = NULL;

  g_return_val_if_fail (match != NULL, NULL);

  if (match->item < 0)
    {
      g_object_get (match->object, match->property, &text, NULL);
      return text != NULL ? g_steal_pointer (&text) : g_strdup ("");
    }
  g_object_get (match->object, match->property, &entries, NULL);
  if (entries == NULL || (guint) match->item >= g_strv_length (entries))
    return g_strdup ("");
  return g_strdup (entries[match->item]);
}

/* @text with the ranges of @matches (all in it, in order) replaced by @replacement. */
static char *
replace_ranges (const char  *text,
                FwFindMatch **matches,
                guint         n_matches,
                const char   *replacement)
{
  GString *out = g_string_new (NULL);
  gsize at = 0;
  gsize length = strlen (text);

  for (guint i = 0; i < n_matches; i++)
    {
      /* A range the text no longer has (it changed since the search) is left alone. */
      if (matches[i]->start < at || matches[i]->end > length)
        continue;
      g_string_append_len (out, text + at, matches[i]->start - at);
      g_string_append (out, replacement);
      at = matches[i]->end;
    }
  g_string_append (out, text + at);

  return g_string_free (out, FALSE);
}

char *
fw_find_replace_text (const char  *text,
                      const char  *needle,
                      FwFindFlags  flags,
                      const char  *replacement)
{
  Walk walk = { needle, flags, FW_FIND_PART_OVERVIEW, 0, NULL };
  g_autoptr(GObject) holder = NULL;
  char *after;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (needle != NULL && *needle != '\0', NULL);
  g_return_val_if_fail (replacement != NULL, NULL);

  /* The matches of one text need an object to hold; a plain one does. */
  holder = g_object_new (G_TYPE_OBJECT, NULL);
  walk.matches = g_ptr_array_new_with_free_func ((GDestroyNotify) fw_find_match_free);
  visit_text (&walk, holder, "text", -1, text);
  after = replace_ranges (text, (FwFindMatch **) walk.matches->pdata, walk.matches->len,
                          replacement);
  g_ptr_array_unref (walk.matches);

  return after;
}

static gboolean
same_text (const FwFindMatch *a,
           const FwFindMatch *b)
{
  return a->object == b->object && g_str_equal (a->property, b->property)
         && a->item == b->item;
}

static gboolean
same_property (const FwFindMatch *a,
               const FwFindMatch *b)
{
  return a->object == b->object && g_str_equal (a->property, b->property);
}

/* The command replacing @matches[0 .. n_matches), all in one property of one object. */
static FwCommand *
replace_in_property (FwFindMatch **matches,
                     guint         n_matches,
                     const char   *replacement)
{
  FwFindMatch *first = matches[0];
  g_auto(GStrv) entries = NULL;

  if (first->item < 0)
    {
      g_autofree char *text = fw_find_match_dup_text (first);
      g_autofree char *after = replace_ranges (text, matches, n_matches, replacement);

      return fw_command_set_string_new (first->object, first->property, after, FALSE);
    }

  g_object_get (first->object, first->property, &entries, NULL);
  for (guint i = 0; i < n_matches;)
    {
      guint n = 1;

      while (i + n < n_matches && same_text (matches[i], matches[i + n]))
        n++;
      if (entries != NULL && (guint) matches[i]->item < g_strv_length (entries))
        {
          char *after = replace_ranges (entries[matches[i]->item], matches + i, n, replacement);

          g_free (entries[matches[i]->item]);
          entries[matches[i]->item] = after;
        }
      i += n;
    }

  return fw_command_set_strv_new (first->object, first->property,
                                  (const char * const *) entries);
}

static int
compare_matches (gconstpointer a,
                 gconstpointer b)
{
  const FwFindMatch *ma = *(FwFindMatch * const *) a;
  const FwFindMatch *mb = *(FwFindMatch * const *) b;

  if (ma->field != mb->field)
    return ma->field < mb->field ? -1 : 1;
  return ma->start < mb->start ? -1 : ma->start > mb->start;
}

FwCommand *
fw_find_replace_command_new (GPtrArray  *matches,
                             const char *replacement,
                             const char *label)
{
  g_autoptr(GPtrArray) sorted = NULL;
  FwCommand *group;

  g_return_val_if_fail (matches != NULL, NULL);
  g_return_val_if_fail (replacement != NULL, NULL);
  g_return_val_if_fail (label != NULL, NULL);

  /* Borrowed: a g_ptr_array_copy () would take on the free function of @matches. */
  sorted = g_ptr_array_sized_new (matches->len);
  for (guint i = 0; i < matches->len; i++)
    g_ptr_array_add (sorted, g_ptr_array_index (matches, i));
  g_ptr_array_sort (sorted, compare_matches);

  group = fw_command_group_new (label);
  for (guint i = 0; i < sorted->len;)
    {
      FwFindMatch **run = (FwFindMatch **) sorted->pdata + i;
      guint n = 1;

      /* The matches of one property follow each other in field order. */
      while (i + n < sorted->len && same_property (run[0], run[n]))
        n++;
      fw_command_group_add (group, replace_in_property (run, n, replacement));
      i += n;
    }

  return group;
}
