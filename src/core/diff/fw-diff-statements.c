/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "fw-diff-private.h"

/* Statements of one side, in document order, and how they match the other side's. */

/* Beyond this many candidate pairs, unmatched statements are not compared by text. */
#define MAX_SIMILARITY_PAIRS 250000u

typedef struct
{
  FwStatement   *statement;
  FwChangePlace  place;
  char          *container;  /* the place without its position: "levels.developing" */
  char          *text;       /* "Headline — body" */
  guint          order;
  int            match;      /* index into the other side, or -1 */
  GHashTable    *words;      /* word counts, made when first compared by similarity */
  guint          n_words;
  double         similarity;
  gboolean       moved;      /* out of order within its container (NEW side only) */
} Entry;

typedef struct
{
  int    old_index;
  int    new_index;
  double score;
  guint  same_container;
  guint  distance;
} Candidate;

static void
entry_clear (gpointer data)
{
  Entry *entry = data;

  g_free (entry->place.domain);
  g_free (entry->container);
  g_free (entry->text);
  g_clear_pointer (&entry->words, g_hash_table_unref);
}

static gboolean
collect_cb (FwStatement            *statement,
            const FwStatementPlace *place,
            gpointer                user_data)
{
  GArray *entries = user_data;
  g_autofree char *path = NULL;
  Entry entry = { 0 };

  entry.statement = statement;
  _fw_diff_place_of (place, &entry.place);
  path = fw_change_place_to_path (&entry.place);
  entry.container = g_strndup (path, strrchr (path, '[') - path);
  entry.text = fw_statement_to_text (statement);
  entry.order = entries->len;
  entry.match = -1;
  g_array_append_val (entries, entry);

  return TRUE;
}

static GArray *
collect (FwDocument *document)
{
  GArray *entries = g_array_new (FALSE, TRUE, sizeof (Entry));

  g_array_set_clear_func (entries, entry_clear);
  fw_document_foreach_statement (document, collect_cb, entries);
  return entries;
}

#define ENTRY(array, i) (&g_array_index ((array), Entry, (i)))

static void
link_entries (GArray *old_entries,
              GArray *new_entries,
              guint   i,
              guint   j,
              double  similarity)
{
  ENTRY (old_entries, i)->match = j;
  ENTRY (new_entries, j)->match = i;
  ENTRY (old_entries, i)->similarity = similarity;
  ENTRY (new_entries, j)->similarity = similarity;
}

static void
match_by_id (GArray *old_entries,
             GArray *new_entries)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint j = 0; j < new_entries->len; j++)
    g_hash_table_insert (by_id, (gpointer) fw_statement_get_id (ENTRY (new_entries, j)->statement),
                         GUINT_TO_POINTER (j + 1));

  for (guint i = 0; i < old_entries->len; i++)
    {
      const char *id = fw_statement_get_id (ENTRY (old_entries, i)->statement);
      guint j = GPOINTER_TO_UINT (g_hash_table_lookup (by_id, id));

      if (j > 0)
        link_entries (old_entries, new_entries, i, j - 1, 1.0);
    }
}

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *x = a, *y = b;

  if (x->score != y->score)
    return x->score > y->score ? -1 : 1;
  if (x->same_container != y->same_container)
    return x->same_container > y->same_container ? -1 : 1;
  if (x->distance != y->distance)
    return x->distance < y->distance ? -1 : 1;
  if (x->old_index != y->old_index)
    return x->old_index - y->old_index;
  return x->new_index - y->new_index;
}

/* Statements whose text did not change at all (ids that differ, as between two NSX
 * imports, or a statement deleted and written again): paired in order, same place first. */
static void
match_same_text (GArray *old_entries,
                 GArray *new_entries)
{
  g_autoptr(GHashTable) by_text = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                         (GDestroyNotify) g_array_unref);

  for (guint j = 0; j < new_entries->len; j++)
    {
      Entry *b = ENTRY (new_entries, j);
      GArray *same;

      if (b->match >= 0)
        continue;
      same = g_hash_table_lookup (by_text, b->text);
      if (same == NULL)
        {
          same = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (by_text, b->text, same);
        }
      g_array_append_val (same, j);
    }

  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < old_entries->len; i++)
      {
        Entry *a = ENTRY (old_entries, i);
        GArray *same;

        if (a->match >= 0 || (same = g_hash_table_lookup (by_text, a->text)) == NULL)
          continue;
        for (guint k = 0; k < same->len; k++)
          {
            guint j = g_array_index (same, guint, k);
            Entry *b = ENTRY (new_entries, j);

            if (b->match < 0 && (pass == 1 || g_str_equal (a->container, b->container)))
              {
                link_entries (old_entries, new_entries, i, j, 1.0);
                break;
              }
          }
      }
}

static double
entry_similarity (Entry *a,
                  Entry *b)
{
  if (a->words == NULL)
    a->words = _fw_diff_count_words (a->text, &a->n_words);
  if (b->words == NULL)
    b->words = _fw_diff_count_words (b->text, &b->n_words);
  return _fw_diff_similarity_of_counts (a->words, a->n_words, b->words, b->n_words);
}

/* The statements left over are paired greedily, most alike first. */
static void
match_by_text (GArray *old_entries,
               GArray *new_entries)
{
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));
  guint n_old = 0, n_new = 0;

  for (guint i = 0; i < old_entries->len; i++)
    n_old += ENTRY (old_entries, i)->match < 0;
  for (guint j = 0; j < new_entries->len; j++)
    n_new += ENTRY (new_entries, j)->match < 0;
  if ((guint64) n_old * n_new > MAX_SIMILARITY_PAIRS)
    return;

  for (guint i = 0; i < old_entries->len; i++)
    for (guint j = 0; j < new_entries->len; j++)
      {
        Entry *a = ENTRY (old_entries, i), *b = ENTRY (new_entries, j);
        Candidate candidate;

        if (a->match >= 0 || b->match >= 0)
          continue;
        candidate.score = entry_similarity (a, b);
        if (candidate.score < FW_DIFF_MIN_SIMILARITY)
          continue;
        candidate.old_index = i;
        candidate.new_index = j;
        candidate.same_container = g_str_equal (a->container, b->container);
        candidate.distance = ABS ((int) a->place.position - (int) b->place.position);
        g_array_append_val (candidates, candidate);
      }

  g_array_sort (candidates, compare_candidates);
  for (guint k = 0; k < candidates->len; k++)
    {
      Candidate *c = &g_array_index (candidates, Candidate, k);

      if (ENTRY (old_entries, c->old_index)->match < 0
          && ENTRY (new_entries, c->new_index)->match < 0)
        link_entries (old_entries, new_entries, c->old_index, c->new_index, c->score);
    }
}

/*
 * Within each container, the statements that stayed there keep their order except those
 * that moved: the longest run in the old order stays, every other one is marked moved.
 */
static void
mark_moves (GArray *old_entries,
            GArray *new_entries)
{
  g_autoptr(GHashTable) done = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint j = 0; j < new_entries->len; j++)
    {
      const char *container = ENTRY (new_entries, j)->container;
      g_autoptr(GArray) members = NULL;
      g_autofree guint *length = NULL;
      g_autofree int *previous = NULL;
      int best = -1;

      if (g_hash_table_contains (done, container))
        continue;
      g_hash_table_add (done, (gpointer) container);

      members = g_array_new (FALSE, FALSE, sizeof (guint));
      for (guint k = j; k < new_entries->len; k++)
        {
          Entry *entry = ENTRY (new_entries, k);

          if (entry->match >= 0 && g_str_equal (entry->container, container)
              && g_str_equal (ENTRY (old_entries, entry->match)->container, container))
            g_array_append_val (members, k);
        }

      /* Longest increasing run of old orders (quadratic: containers are small). */
      length = g_new0 (guint, members->len);
      previous = g_new0 (int, members->len);
      for (guint a = 0; a < members->len; a++)
        {
          guint old_a = ENTRY (new_entries, g_array_index (members, guint, a))->match;

          length[a] = 1;
          previous[a] = -1;
          for (guint b = 0; b < a; b++)
            {
              guint old_b = ENTRY (new_entries, g_array_index (members, guint, b))->match;

              if (old_b < old_a && length[b] + 1 > length[a])
                {
                  length[a] = length[b] + 1;
                  previous[a] = b;
                }
            }
          if (best < 0 || length[a] > length[best])
            best = a;
        }

      for (guint a = 0; a < members->len; a++)
        ENTRY (new_entries, g_array_index (members, guint, a))->moved = TRUE;
      for (int a = best; a >= 0; a = previous[a])
        ENTRY (new_entries, g_array_index (members, guint, a))->moved = FALSE;
    }
}

static gboolean
strv_equal (const char * const *a,
            const char * const *b)
{
  return g_strv_equal (a != NULL ? a : (const char * const[]) { NULL },
                       b != NULL ? b : (const char * const[]) { NULL });
}

static void
compare_citations (FwChange    *change,
                   FwStatement *old_statement,
                   FwStatement *new_statement)
{
  const char * const *old_cites = fw_statement_get_citations (old_statement);
  const char * const *new_cites = fw_statement_get_citations (new_statement);

  for (guint i = 0; new_cites[i] != NULL; i++)
    if (!g_strv_contains (old_cites, new_cites[i]))
      g_ptr_array_add (change->citations_added, g_strdup (new_cites[i]));
  for (guint i = 0; old_cites[i] != NULL; i++)
    if (!g_strv_contains (new_cites, old_cites[i]))
      g_ptr_array_add (change->citations_removed, g_strdup (old_cites[i]));
  if (!strv_equal (old_cites, new_cites))
    _fw_change_add_field (change, "citations");
}

static FwChange *
compare_pair (Entry *old_entry,
              Entry *new_entry)
{
  FwStatement *a = old_entry->statement, *b = new_entry->statement;
  g_autofree char *path = fw_change_place_to_path (&new_entry->place);
  FwChange *change = _fw_change_new (FW_CHANGE_EDITED, FW_CHANGE_STATEMENT, path,
                                     fw_statement_get_id (a), old_entry->text, new_entry->text);

  if (g_strcmp0 (fw_statement_get_headline (a), fw_statement_get_headline (b)) != 0)
    _fw_change_add_field (change, "headline");
  if (g_strcmp0 (fw_statement_get_body (a), fw_statement_get_body (b)) != 0)
    _fw_change_add_field (change, "body");
  if (g_strcmp0 (fw_statement_get_note (a), fw_statement_get_note (b)) != 0)
    _fw_change_add_field (change, "note");
  compare_citations (change, a, b);
  if (!strv_equal (fw_statement_get_anchors (a), fw_statement_get_anchors (b)))
    _fw_change_add_field (change, "anchors");

  if (change->fields->len == 0)
    change->kind = FW_CHANGE_MOVED;
  if (!g_str_equal (old_entry->container, new_entry->container))
    _fw_change_add_field (change, "level");
  else if (new_entry->moved)
    _fw_change_add_field (change, "position");

  if (change->fields->len == 0)
    {
      fw_change_free (change);
      return NULL;
    }

  change->old_path = fw_change_place_to_path (&old_entry->place);
  if (!g_str_equal (fw_statement_get_id (a), fw_statement_get_id (b)))
    change->new_id = g_strdup (fw_statement_get_id (b));
  change->similarity = new_entry->similarity;
  return change;
}

static void
set_statements (FwChange *change,
                Entry    *old_entry,
                Entry    *new_entry)
{
  if (old_entry != NULL)
    {
      change->old_statement = g_object_ref (old_entry->statement);
      _fw_change_place_copy (&change->old_place, &old_entry->place);
    }
  if (new_entry != NULL)
    {
      change->new_statement = g_object_ref (new_entry->statement);
      _fw_change_place_copy (&change->new_place, &new_entry->place);
    }
}

typedef struct
{
  guint     key;
  FwChange *change;
} Keyed;

static int
compare_keyed (gconstpointer a,
               gconstpointer b)
{
  const Keyed *x = a, *y = b;

  return x->key < y->key ? -1 : x->key > y->key;
}

/* NEW's statements in order (key 2n + 1); a removal right after the place in NEW of the
 * nearest statement before it in OLD that is still there (key 2n + 2). */
static void
emit_changes (GArray    *old_entries,
              GArray    *new_entries,
              GPtrArray *changes)
{
  g_autoptr(GArray) keyed = g_array_new (FALSE, FALSE, sizeof (Keyed));
  guint after = 0;

  for (guint j = 0; j < new_entries->len; j++)
    {
      Entry *new_entry = ENTRY (new_entries, j);
      Entry *old_entry = new_entry->match >= 0 ? ENTRY (old_entries, new_entry->match) : NULL;
      Keyed item = { 2 * j + 1, NULL };

      if (old_entry == NULL)
        {
          g_autofree char *path = fw_change_place_to_path (&new_entry->place);

          item.change = _fw_change_new (FW_CHANGE_ADDED, FW_CHANGE_STATEMENT, path,
                                        fw_statement_get_id (new_entry->statement), NULL,
                                        new_entry->text);
        }
      else
        item.change = compare_pair (old_entry, new_entry);

      if (item.change == NULL)
        continue;
      set_statements (item.change, old_entry, new_entry);
      g_array_append_val (keyed, item);
    }

  for (guint i = 0; i < old_entries->len; i++)
    {
      Entry *old_entry = ENTRY (old_entries, i);
      g_autofree char *path = NULL;
      Keyed item;

      if (old_entry->match >= 0)
        {
          after = 2 * old_entry->match + 2;
          continue;
        }

      path = fw_change_place_to_path (&old_entry->place);
      item.key = after;
      item.change = _fw_change_new (FW_CHANGE_REMOVED, FW_CHANGE_STATEMENT, path,
                                    fw_statement_get_id (old_entry->statement), old_entry->text,
                                    NULL);
      item.change->old_path = g_strdup (path);
      set_statements (item.change, old_entry, NULL);
      g_array_append_val (keyed, item);
    }

  /* g_array_sort is stable: removals after one statement keep their order. */
  g_array_sort (keyed, compare_keyed);
  for (guint k = 0; k < keyed->len; k++)
    g_ptr_array_add (changes, g_array_index (keyed, Keyed, k).change);
}

void
_fw_diff_statements (FwDocument *old_document,
                     FwDocument *new_document,
                     GPtrArray  *changes)
{
  g_autoptr(GArray) old_entries = collect (old_document);
  g_autoptr(GArray) new_entries = collect (new_document);

  match_by_id (old_entries, new_entries);
  match_same_text (old_entries, new_entries);
  match_by_text (old_entries, new_entries);
  mark_moves (old_entries, new_entries);
  emit_changes (old_entries, new_entries, changes);
}
