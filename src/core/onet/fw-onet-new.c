/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "fw-error.h"
#include "fw-onet-index.h"
#include "fw-onet-new.h"

#define ONET_PUBLISHER "National Center for O*NET Development, for USDOL/ETA"
#define ONET_URL       "https://www.onetcenter.org/database.html"
#define ONET_LICENSE   "CC BY 4.0"

static gboolean
is_digits (const char *p,
           guint       n)
{
  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (p[i]))
        return FALSE;
    }

  return TRUE;
}

char *
fw_onet_normalise_code (const char *soc)
{
  g_autofree char *code = NULL;
  gsize len;

  g_return_val_if_fail (soc != NULL, NULL);

  code = g_strstrip (g_strdup (soc));
  len = strlen (code);
  if ((len != 7 && len != 10) || !is_digits (code, 2) || code[2] != '-'
      || !is_digits (code + 3, 4))
    return NULL;
  if (len == 7)
    return g_strconcat (code, ".00", NULL);
  if (code[7] != '.' || !is_digits (code + 8, 2))
    return NULL;

  return g_steal_pointer (&code);
}

static int
task_rank (const FwOnetTaskRow *row)
{
  if (strcmp (row->type, "Core") == 0)
    return 0;
  if (strcmp (row->type, "Supplemental") == 0)
    return 1;
  return 2;
}

/* Core tasks first, then supplemental ones, then those the release gives no type; each in
 * the release's order. */
static void
add_tasks (FwOnet                 *onet,
           const FwOnetOccupation *occupation)
{
  for (int rank = 0; rank <= 2; rank++)
    {
      for (guint i = 0; i < occupation->tasks->len; i++)
        {
          const FwOnetTaskRow *row = g_ptr_array_index (occupation->tasks, i);
          g_autoptr(FwTask) task = NULL;

          if (task_rank (row) != rank)
            continue;
          task = fw_task_new (row->task_id, row->text);
          if (*row->type != '\0')
            g_object_set (task, "task-type", row->type, NULL);
          g_list_store_append (fw_onet_get_tasks (onet), task);
        }
    }
}

static void
add_technology (FwOnet                 *onet,
                const FwOnetOccupation *occupation)
{
  g_autoptr(GStrvBuilder) titles = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;

  for (guint i = 0; i < occupation->technology->len; i++)
    {
      const FwOnetTechnologyRow *row = g_ptr_array_index (occupation->technology, i);
      g_autoptr(FwTechnology) skill = fw_technology_new (row->commodity_code,
                                                         row->commodity_title);
      g_autoptr(GPtrArray) examples = g_ptr_array_sized_new (row->examples->len + 1);

      for (guint e = 0; e < row->examples->len; e++)
        g_ptr_array_add (examples, row->examples->pdata[e]);
      g_ptr_array_add (examples, NULL);
      g_object_set (skill,
                    "hot", row->hot,
                    "in-demand", row->in_demand,
                    "examples", examples->pdata,
                    NULL);
      g_list_store_append (fw_onet_get_technology_skills (onet), skill);
      g_strv_builder_add (titles, row->commodity_title);
    }

  strv = g_strv_builder_end (titles);
  g_object_set (onet, "technology", strv, NULL);
}

static int
compare_importance (gconstpointer a,
                    gconstpointer b)
{
  const FwOnetWorkStyleRow *ra = *(const FwOnetWorkStyleRow * const *) a;
  const FwOnetWorkStyleRow *rb = *(const FwOnetWorkStyleRow * const *) b;

  if (ra->importance != rb->importance)
    return ra->importance > rb->importance ? -1 : 1;
  return strcmp (ra->element_id, rb->element_id);
}

static void
add_work_styles (FwOnet                 *onet,
                 const FwOnetOccupation *occupation)
{
  /* A copy of the pointers only: g_ptr_array_copy () would keep the rows' free function. */
  g_autoptr(GPtrArray) ranked = g_ptr_array_sized_new (occupation->work_styles->len);
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;

  for (guint i = 0; i < occupation->work_styles->len; i++)
    g_ptr_array_add (ranked, occupation->work_styles->pdata[i]);
  g_ptr_array_sort (ranked, compare_importance);
  for (guint i = 0; i < ranked->len; i++)
    g_strv_builder_add (names, ((const FwOnetWorkStyleRow *) ranked->pdata[i])->name);

  strv = g_strv_builder_end (names);
  g_object_set (onet, "work-styles", strv, NULL);
}

static void
add_related_titles (FwOnet        *onet,
                    FwOnetRelease *release,
                    const char    *soc)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GStrvBuilder) titles = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_auto(GStrv) strv = NULL;
  FwOnetIndex *index = fw_onet_release_load_index (release, &error);
  int occupation;

  if (index == NULL)
    {
      g_warning ("Could not read the alternate titles: %s", error->message);
      return;
    }

  occupation = fw_onet_index_find (index, soc);
  for (guint i = 0; occupation >= 0 && i < fw_onet_index_get_n_alternates (index, occupation);
       i++)
    {
      const char *title = fw_onet_index_get_alternate (index, occupation, i);

      /* The index also holds the short titles; a related title is listed once. */
      if (g_hash_table_add (seen, (gpointer) title))
        g_strv_builder_add (titles, title);
    }

  strv = g_strv_builder_end (titles);
  g_object_set (onet, "related-titles", strv, NULL);
}

static void
add_source (FwDocument    *document,
            FwOnetRelease *release)
{
  const char *version = fw_onet_release_get_version (release);
  g_autofree char *described = fw_onet_release_describe (release);
  g_autofree char *label = NULL;
  g_autofree char *title = NULL;
  g_autoptr(FwSource) source = NULL;
  static const char * const citations[] = { FW_ONET_SOURCE_ID, NULL };

  label = *version != '\0' ? g_strdup_printf ("O*NET %s", version) : g_strdup ("O*NET");
  title = *version != '\0' ? g_strdup_printf ("O*NET %s Database", version)
                           : g_strdup ("O*NET Database");
  source = fw_source_new (FW_ONET_SOURCE_ID, label, title);
  g_object_set (source,
                "publisher", ONET_PUBLISHER,
                "version", *described != '\0' ? described : NULL,
                "url", ONET_URL,
                "license", ONET_LICENSE,
                NULL);
  g_list_store_append (fw_document_get_sources (document), source);
  g_object_set (fw_document_get_onet (document), "citations", citations, NULL);
}

static void
add_provenance (FwDocument    *document,
                FwOnetRelease *release)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *described = fw_onet_release_describe (release);
  g_autofree char *onet = NULL;

  onet = *described != '\0' ? g_strdup_printf ("%s (%s)", described, ONET_LICENSE)
                            : g_strdup ("unknown release (" ONET_LICENSE ")");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "onet");
  json_builder_add_string_value (builder, onet);
  json_builder_set_member_name (builder, "generator");
  json_builder_add_string_value (builder, "Framewright " PACKAGE_VERSION);
  json_builder_end_object (builder);

  node = json_builder_get_root (builder);
  fw_document_set_provenance (document, node);
}

static void
set_occupation (FwDocument             *document,
                FwOnetData             *data,
                const FwOnetOccupation *occupation)
{
  const char *zone_name = fw_onet_data_get_job_zone_name (data, occupation->job_zone);
  const char *group = fw_onet_data_get_major_group (data, occupation->code);
  g_autofree char *label = zone_name != NULL ? fw_onet_job_zone_label (zone_name) : NULL;

  g_object_set (document,
                "soc", occupation->code,
                "title", occupation->title,
                "group", group,
                "job-zone", occupation->job_zone,
                "job-zone-inferred", FALSE,
                "job-zone-label", occupation->job_zone > 0 ? label : NULL,
                "language", FW_DOCUMENT_DEFAULT_LANGUAGE,
                NULL);
}

static void
add_domains (FwDocument *document,
             FwProfile  *profile)
{
  const char * const *names = fw_profile_get_expected_domains (profile);

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      g_autoptr(FwDomain) domain = fw_domain_new (names[i]);

      g_list_store_append (fw_document_get_domains (document), domain);
    }
}

FwDocument *
fw_onet_new_framework (FwOnetRelease  *release,
                       const char     *soc,
                       FwProfile      *profile,
                       GError        **error)
{
  g_autoptr(FwDocument) document = NULL;
  g_autofree char *code = NULL;
  const FwOnetOccupation *occupation = NULL;
  FwOnetData *data;
  FwOnet *onet;

  g_return_val_if_fail (soc != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (release == NULL)
    release = fw_onet_release_get_current ();
  if (release == NULL)
    {
      fw_set_error_at (error, FW_ERROR_IO, NULL, 0, 0, "no O*NET release folder was found");
      return NULL;
    }
  if (profile == NULL)
    profile = fw_profile_get_default ();

  data = fw_onet_release_load_data (release, error);
  if (data == NULL)
    return NULL;

  code = fw_onet_normalise_code (soc);
  if (code != NULL)
    occupation = fw_onet_data_get_occupation (data, code);
  if (occupation == NULL)
    {
      g_set_error (error, FW_ERROR, FW_ERROR_INVALID, "unknown O*NET-SOC code “%s”", soc);
      return NULL;
    }

  document = fw_document_new ();
  onet = fw_document_get_onet (document);
  set_occupation (document, data, occupation);
  add_tasks (onet, occupation);
  add_related_titles (onet, release, occupation->code);
  add_technology (onet, occupation);
  add_work_styles (onet, occupation);
  add_source (document, release);
  add_provenance (document, release);
  add_domains (document, profile);

  return g_steal_pointer (&document);
}
