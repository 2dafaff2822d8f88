/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "fw-correction-commands.h"
#include "fw-error.h"
#include "fw-onet-index.h"
#include "fw-review-check.h"
#include "fw-review-items.h"

typedef struct
{
  FwDocument             *document;
  const FwOnetOccupation *occupation;
  GHashTable             *tasks;        /* task id → FwOnetTaskRow */
  GHashTable             *task_owners;  /* task id → FwOnetOccupation */
  FwOnetIndex            *index;
  FwReviewCheck          *check;
} CheckContext;

/* White space collapsed to single spaces and trimmed; `n/a` is empty. */
char *
_fw_review_normalise (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text != NULL ? text : ""; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_c (out, *p);
    }
  if (g_ascii_strcasecmp (out->str, "n/a") == 0)
    g_string_truncate (out, 0);
  return g_string_free (out, FALSE);
}

/* Normalised, and case-folded: for codes and names looked up in the release. */
static char *
normalise_key (const char *text)
{
  g_autofree char *normal = _fw_review_normalise (text);

  return g_utf8_casefold (normal, -1);
}

static gboolean
same_text (const char *a,
           const char *b)
{
  g_autofree char *na = _fw_review_normalise (a);
  g_autofree char *nb = _fw_review_normalise (b);

  return strcmp (na, nb) == 0;
}

static gboolean
same_key (const char *a,
          const char *b)
{
  g_autofree char *na = normalise_key (a);
  g_autofree char *nb = normalise_key (b);

  return strcmp (na, nb) == 0;
}

static void
finding_free (FwReviewFinding *finding)
{
  g_free (finding->item_type);
  g_free (finding->item_id);
  g_free (finding->value);
  g_free (finding->kind);
  g_free (finding->framework);
  g_free (finding->release);
  g_free (finding->message);
  g_free (finding->proposed);
  g_free (finding);
}

void
fw_review_check_free (FwReviewCheck *check)
{
  if (check == NULL)
    return;
  g_free (check->release);
  g_ptr_array_unref (check->findings);
  g_ptr_array_unref (check->not_included);
  g_free (check);
}

static FwReviewFinding *
add_finding (GPtrArray  *list,
             const char *item_type,
             const char *item_id,
             const char *value,
             const char *kind,
             const char *framework,
             const char *release,
             char       *message)
{
  FwReviewFinding *finding = g_new0 (FwReviewFinding, 1);

  finding->item_type = g_strdup (item_type);
  finding->item_id = g_strdup (item_id != NULL ? item_id : "");
  finding->value = g_strdup (value != NULL ? value : "");
  finding->kind = g_strdup (kind);
  finding->framework = g_strdup (framework != NULL ? framework : "");
  finding->release = g_strdup (release != NULL ? release : "");
  finding->message = message;
  finding->proposed = g_strdup ("");
  g_ptr_array_add (list, finding);
  return finding;
}

static void
set_proposed (FwReviewFinding *finding,
              const char      *proposed)
{
  g_free (finding->proposed);
  finding->proposed = g_strdup (proposed);
}

static void
index_tasks (CheckContext *ctx,
             FwOnetData   *data)
{
  GPtrArray *occupations = fw_onet_data_get_occupations (data);

  for (guint o = 0; occupations != NULL && o < occupations->len; o++)
    {
      const FwOnetOccupation *occupation = g_ptr_array_index (occupations, o);

      for (guint t = 0; t < occupation->tasks->len; t++)
        {
          const FwOnetTaskRow *row = g_ptr_array_index (occupation->tasks, t);
          g_autofree char *key = normalise_key (row->task_id);

          if (g_hash_table_contains (ctx->tasks, key))
            continue;
          g_hash_table_insert (ctx->task_owners, g_strdup (key), (gpointer) occupation);
          g_hash_table_insert (ctx->tasks, g_steal_pointer (&key), (gpointer) row);
        }
    }
}

static void
check_task (CheckContext *ctx,
            FwTask       *task,
            GHashTable   *seen)
{
  const char *task_id = fw_task_get_task_id (task);
  const char *text = fw_task_get_text (task);
  g_autofree char *key = normalise_key (task_id);
  const FwOnetTaskRow *row;
  const FwOnetOccupation *owner;
  GPtrArray *findings = ctx->check->findings;

  /* A task without an id has nothing to compare by; a repeated id was compared once. */
  if (*key == '\0' || !g_hash_table_add (seen, g_strdup (key)))
    return;
  row = g_hash_table_lookup (ctx->tasks, key);
  owner = g_hash_table_lookup (ctx->task_owners, key);
  if (row == NULL)
    {
      add_finding (findings, FW_CORRECTION_ITEM_TASK, task_id, text, "outdated", task_id, "",
                   g_strdup_printf (_("Task %s is not in the release."), task_id));
      return;
    }
  if (owner != ctx->occupation)
    {
      add_finding (findings, FW_CORRECTION_ITEM_TASK, task_id, text, "wrong-occupation",
                   fw_document_get_soc (ctx->document), owner->code,
                   g_strdup_printf (_("Task %s belongs to %s %s, not to this occupation."),
                                    task_id, owner->code, owner->title));
      return;
    }
  if (!same_text (text, row->text))
    set_proposed (add_finding (findings, FW_CORRECTION_ITEM_TASK, task_id, text, "outdated",
                               text, row->text,
                               g_strdup_printf (_("The text of task %s differs from the "
                                                  "release's."), task_id)),
                  row->text);
  if (fw_task_get_task_type (task) != NULL && *row->type != '\0' &&
      !same_key (fw_task_get_task_type (task), row->type) &&
      !same_key (fw_task_get_task_type (task), ""))
    set_proposed (add_finding (findings, FW_CORRECTION_ITEM_TASK, task_id, text, "inaccurate",
                               fw_task_get_task_type (task), row->type,
                               g_strdup_printf (_("Task %s is %s in the release, not %s."),
                                                task_id, row->type,
                                                fw_task_get_task_type (task))),
                  text);
}

static void
check_tasks (CheckContext *ctx)
{
  GListModel *tasks = G_LIST_MODEL (fw_onet_get_tasks (fw_document_get_onet (ctx->document)));
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (tasks); i++)
    {
      g_autoptr(FwTask) task = g_list_model_get_item (tasks, i);

      check_task (ctx, task, seen);
    }

  for (guint i = 0; i < ctx->occupation->tasks->len; i++)
    {
      const FwOnetTaskRow *row = g_ptr_array_index (ctx->occupation->tasks, i);
      g_autofree char *key = normalise_key (row->task_id);

      if (!g_hash_table_contains (seen, key))
        add_finding (ctx->check->not_included, FW_CORRECTION_ITEM_TASK, row->task_id, row->text,
                     "missing", "", row->text,
                     g_strdup_printf (_("Release task %s is not in the framework."),
                                      row->task_id));
    }
}

/* casefolded alternate title → the code of the first occupation that lists it. */
static GHashTable *
index_titles (FwOnetIndex *index,
              int          own)
{
  GHashTable *titles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n = fw_onet_index_get_n_occupations (index);

  for (guint o = 0; o < n; o++)
    {
      for (guint a = 0; a < fw_onet_index_get_n_alternates (index, o); a++)
        {
          char *key = normalise_key (fw_onet_index_get_alternate (index, o, a));

          /* The occupation's own listing wins over any other's. */
          if ((int) o == own || !g_hash_table_contains (titles, key))
            g_hash_table_replace (titles, key, GUINT_TO_POINTER (o + 1));
          else
            g_free (key);
        }
    }
  return titles;
}

static void
check_titles (CheckContext *ctx)
{
  FwOnet *onet = fw_document_get_onet (ctx->document);
  const char * const *titles = fw_onet_get_strv (onet, "related-titles");
  const char * const *ids = fw_onet_get_item_ids (onet, "related-titles");
  int own = fw_onet_index_find (ctx->index, ctx->occupation->code);
  g_autoptr(GHashTable) listed = NULL;

  if (titles[0] == NULL)
    return;
  listed = index_titles (ctx->index, own);
  for (guint i = 0; titles[i] != NULL; i++)
    {
      g_autofree char *key = normalise_key (titles[i]);
      guint found = GPOINTER_TO_UINT (g_hash_table_lookup (listed, key));
      const char *id = ids != NULL ? ids[i] : NULL;
      const char *other;

      if (*key == '\0' || (found > 0 && (int) found - 1 == own))
        continue;
      if (found == 0)
        {
          add_finding (ctx->check->findings, FW_CORRECTION_ITEM_TITLE, id, titles[i],
                       "inaccurate", titles[i], "",
                       g_strdup_printf (_("“%s” is not a title the release lists for any "
                                          "occupation."), titles[i]));
          continue;
        }
      other = fw_onet_index_get_code (ctx->index, found - 1);
      add_finding (ctx->check->findings, FW_CORRECTION_ITEM_TITLE, id, titles[i],
                   "wrong-occupation", titles[i], other,
                   g_strdup_printf (_("“%s” is a title of %s %s, not of this occupation."),
                                    titles[i], other,
                                    fw_onet_index_get_title (ctx->index, found - 1)));
    }
}

/* Entries of list @property that the release does not give the occupation. */
static void
check_names (CheckContext *ctx,
             const char   *property,
             const char   *item_type,
             GHashTable   *known)
{
  FwOnet *onet = fw_document_get_onet (ctx->document);
  const char * const *names = fw_onet_get_strv (onet, property);
  const char * const *ids = fw_onet_get_item_ids (onet, property);

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *key = normalise_key (names[i]);
      char *message;

      if (*key == '\0' || g_hash_table_contains (known, key))
        continue;
      if (g_str_equal (item_type, FW_CORRECTION_ITEM_TECHNOLOGY))
        /* Translators: the first %s is a technology, the second an O*NET-SOC code. */
        message = g_strdup_printf (_("The release lists no technology “%s” for %s."), names[i],
                                   ctx->occupation->code);
      else
        /* Translators: the first %s is a work style, the second an O*NET-SOC code. */
        message = g_strdup_printf (_("The release lists no work style “%s” for %s."), names[i],
                                   ctx->occupation->code);
      add_finding (ctx->check->findings, item_type, ids != NULL ? ids[i] : NULL, names[i],
                   "outdated", names[i], "", message);
    }
}

static void
check_lists (CheckContext *ctx)
{
  g_autoptr(GHashTable) technology = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                            NULL);
  g_autoptr(GHashTable) styles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < ctx->occupation->technology->len; i++)
    {
      const FwOnetTechnologyRow *row = g_ptr_array_index (ctx->occupation->technology, i);

      g_hash_table_add (technology, normalise_key (row->commodity_title));
    }
  for (guint i = 0; i < ctx->occupation->work_styles->len; i++)
    {
      const FwOnetWorkStyleRow *row = g_ptr_array_index (ctx->occupation->work_styles, i);

      g_hash_table_add (styles, normalise_key (row->name));
    }

  check_names (ctx, "technology", FW_CORRECTION_ITEM_TECHNOLOGY, technology);
  check_names (ctx, "work-styles", FW_CORRECTION_ITEM_WORK_STYLE, styles);
}

static void
check_occupation (CheckContext *ctx)
{
  const char *title = fw_document_get_title (ctx->document);
  int zone = fw_document_get_job_zone (ctx->document);
  int release_zone = ctx->occupation->job_zone;

  if (zone > 0 && release_zone > 0 && zone != release_zone)
    {
      g_autofree char *ours = g_strdup_printf ("%d", zone);
      g_autofree char *theirs = g_strdup_printf ("%d", release_zone);

      set_proposed (add_finding (ctx->check->findings, FW_CORRECTION_ITEM_JOB_ZONE, "", ours,
                                 "outdated", ours, theirs,
                                 g_strdup_printf (_("The job zone is %d in the release, not %d."),
                                                  release_zone, zone)),
                    theirs);
    }
  if (!same_text (title, "") && !same_text (title, ctx->occupation->title))
    set_proposed (add_finding (ctx->check->findings, "occupation", "", title, "outdated", title,
                               ctx->occupation->title,
                               g_strdup_printf (_("The release calls the occupation “%s”."),
                                                ctx->occupation->title)),
                  ctx->occupation->title);
}

FwReviewCheck *
fw_review_check (FwDocument     *document,
                 FwOnetRelease  *release,
                 GError        **error)
{
  g_autoptr(FwReviewCheck) check = NULL;
  g_autofree char *soc = NULL;
  CheckContext ctx = { document };
  FwOnetData *data;

  g_return_val_if_fail (FW_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (release == NULL && (release = fw_onet_release_get_current ()) == NULL)
    {
      g_set_error (error, FW_ERROR, FW_ERROR_INVALID, _("no O*NET release to check against"));
      return NULL;
    }
  soc = normalise_key (fw_document_get_soc (document));
  if (*soc == '\0')
    {
      g_set_error (error, FW_ERROR, FW_ERROR_INVALID,
                   _("the framework names no O*NET-SOC occupation"));
      return NULL;
    }
  if ((data = fw_onet_release_load_data (release, error)) == NULL ||
      (ctx.index = fw_onet_release_load_index (release, error)) == NULL)
    return NULL;
  ctx.occupation = fw_onet_data_get_occupation (data, soc);
  if (ctx.occupation == NULL)
    {
      g_set_error (error, FW_ERROR, FW_ERROR_INVALID,
                   _("occupation “%s” is not in O*NET release %s"),
                   fw_document_get_soc (document), fw_onet_release_get_version (release));
      return NULL;
    }

  check = g_new0 (FwReviewCheck, 1);
  check->release = fw_onet_release_describe (release);
  check->findings = g_ptr_array_new_with_free_func ((GDestroyNotify) finding_free);
  check->not_included = g_ptr_array_new_with_free_func ((GDestroyNotify) finding_free);
  ctx.check = check;
  ctx.tasks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ctx.task_owners = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  index_tasks (&ctx, data);

  check_occupation (&ctx);
  check_tasks (&ctx);
  check_titles (&ctx);
  check_lists (&ctx);

  g_hash_table_unref (ctx.tasks);
  g_hash_table_unref (ctx.task_owners);
  return g_steal_pointer (&check);
}
