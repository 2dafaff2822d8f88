/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <math.h>
#include <string.h>

#include "fw-error.h"
#include "fw-io.h"
#include "fw-limits.h"
#include "fw-onet-data.h"
#include "fw-page-private.h"
#include "fw-split.h"

/* How much of a statement a warning quotes. */
#define QUOTE_CHARS 48
/* Longer "citations" are text that only looks like a chip. */
#define MAX_LABEL_LENGTH 200
#define MAX_TITLE_LENGTH 1024
/* A footer names a handful of sources. */
#define MAX_FOOTER_SOURCES 256

/* A short quotation of @text for a warning. */
static char *
quote (const char *text)
{
  g_autofree char *head = NULL;

  if (g_utf8_strlen (text, -1) <= QUOTE_CHARS)
    return g_strdup (text);

  head = g_utf8_substring (text, 0, QUOTE_CHARS);
  return g_strconcat (head, "\xe2\x80\xa6", NULL);
}

/* ---------------------------------------------------------------------------------------- */
/* Building the document                                                                    */

typedef struct
{
  FwDocument     *document;
  FwPageWarnings *warnings;
  FwSplitter     *splitter;
  GHashTable     *sources_by_label;  /* short label -> FwSource (borrowed from the store) */
  GHashTable     *source_ids;        /* set of ids in use */
  const char     *filename;
  GError         *error;             /* the first statement over the size limit */
} Builder;

/* "WEF Skills Taxonomy" -> "src-wef-skills-taxonomy" */
static char *
source_id_for_label (Builder    *self,
                     const char *label)
{
  g_autofree char *ascii = g_str_to_ascii (label, "C");
  g_autoptr(GString) slug = g_string_new ("src-");
  g_autofree char *base = NULL;
  char *id;

  for (const char *p = ascii; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (slug, g_ascii_tolower (*p));
      else if (slug->str[slug->len - 1] != '-')
        g_string_append_c (slug, '-');
    }
  while (slug->len > 4 && slug->str[slug->len - 1] == '-')
    g_string_truncate (slug, slug->len - 1);
  if (slug->len > 60)
    g_string_truncate (slug, 60);
  if (slug->len == 4)
    {
      g_autofree char *hashed = fw_id_new_from_seed ("src", label);

      g_string_assign (slug, hashed);
    }

  base = g_strdup (slug->str);
  id = g_strdup (base);
  for (guint n = 2; g_hash_table_contains (self->source_ids, id); n++)
    {
      g_free (id);
      id = g_strdup_printf ("%s-%u", base, n);
    }

  return id;
}

static FwSource *
builder_add_source (Builder    *self,
                    const char *label,
                    const char *title,
                    const char *url)
{
  g_autoptr(FwSource) source = NULL;
  char *id = source_id_for_label (self, label);

  source = fw_source_new (id, label, title != NULL && *title != '\0' ? title : label);
  if (url != NULL)
    g_object_set (source, "url", url, NULL);
  g_hash_table_add (self->source_ids, id);
  g_hash_table_insert (self->sources_by_label, g_strdup (label), source);
  g_list_store_append (fw_document_get_sources (self->document), source);

  return source;
}

/* The registry entry for a chip, created on first use. */
static const char *
builder_resolve_chip (Builder          *self,
                      const FwPageChip *chip)
{
  FwSource *source = g_hash_table_lookup (self->sources_by_label, chip->label);

  if (source == NULL && g_hash_table_size (self->sources_by_label) >= FW_PAGE_MAX_SOURCES)
    {
      if (self->error == NULL)
        fw_set_error_at (&self->error, FW_ERROR_TOO_LARGE, self->filename, chip->line, 1,
                         "more than %u cited sources; this is not a framework page",
                         FW_PAGE_MAX_SOURCES);
      return NULL;
    }
  if (source == NULL)
    return fw_source_get_id (builder_add_source (self, chip->label, chip->title, chip->url));

  if (chip->title != NULL && *chip->title != '\0' &&
      g_strcmp0 (fw_source_get_title (source), chip->title) != 0)
    _fw_page_warn (self->warnings, chip->line, NULL,
                   "citation \"%s\" has two titles: \"%s\" and \"%s\"; keeping the first",
                   chip->label, fw_source_get_title (source), chip->title);
  if (fw_source_get_url (source) == NULL && chip->url != NULL)
    g_object_set (source, "url", chip->url, NULL);

  return fw_source_get_id (source);
}

static void
split_statement (Builder          *self,
                 FwPageStatement  *ps,
                 char            **headline,
                 char            **body,
                 double           *confidence)
{
  if (ps->headline != NULL)
    {
      *headline = g_strdup (ps->headline);
      *body = g_strdup (ps->body != NULL ? ps->body : "");
      *confidence = 1.0;
      return;
    }

  if (fw_statement_split_text (ps->text, headline, body))
    {
      *confidence = 1.0;
      return;
    }

  if (!fw_splitter_split (self->splitter, ps->text, headline, body, confidence))
    {
      *headline = g_strdup (ps->text);
      *body = g_strdup ("");
      *confidence = 0.0;
    }
}

static FwStatement *
build_statement (Builder         *self,
                 FwPageStatement *ps,
                 const char      *place,
                 guint            index)
{
  g_autofree char *headline = NULL;
  g_autofree char *body = NULL;
  g_autofree char *seed = NULL;
  g_autofree char *id = NULL;
  g_autoptr(GPtrArray) citations = g_ptr_array_new ();
  FwStatement *statement;
  double confidence = 1.0;

  if ((ps->headline == NULL && strlen (ps->text) > FW_MAX_STATEMENT_LENGTH) ||
      (ps->headline != NULL &&
       !fw_limits_statement_fits (ps->headline, ps->body != NULL ? ps->body : "")))
    {
      if (self->error == NULL)
        fw_set_error_at (&self->error, FW_ERROR_INVALID, self->filename, ps->line, 1,
                         "statement longer than %u bytes", FW_MAX_STATEMENT_LENGTH);
      return NULL;
    }

  split_statement (self, ps, &headline, &body, &confidence);

  seed = g_strdup_printf ("%s/%u/%s" FW_STATEMENT_SEPARATOR "%s", place, index, headline, body);
  id = fw_id_new_from_seed ("st", seed);
  statement = fw_statement_new_with_id (id, headline, body);
  fw_statement_set_split_confidence (statement, confidence);

  if (ps->chips != NULL && ps->chips->len > FW_PAGE_MAX_CHIPS)
    _fw_page_warn (self->warnings, ps->line, NULL,
                   "more than %u citations on one statement; the rest were skipped",
                   FW_PAGE_MAX_CHIPS);
  for (guint i = 0; ps->chips != NULL && i < MIN (ps->chips->len, FW_PAGE_MAX_CHIPS); i++)
    {
      const FwPageChip *chip = g_ptr_array_index (ps->chips, i);
      const char *source_id;
      gboolean seen = FALSE;

      if (strlen (chip->label) > MAX_LABEL_LENGTH || strlen (chip->title) > MAX_TITLE_LENGTH)
        {
          _fw_page_warn (self->warnings, ps->line, NULL,
                         "unknown citation label: a citation longer than a source name was "
                         "skipped");
          continue;
        }
      source_id = builder_resolve_chip (self, chip);
      if (source_id == NULL)
        break;

      for (guint j = 0; j < citations->len; j++)
        seen |= g_strcmp0 (g_ptr_array_index (citations, j), source_id) == 0;
      if (!seen)
        g_ptr_array_add (citations, (gpointer) source_id);
    }
  g_ptr_array_add (citations, NULL);
  fw_statement_set_citations (statement, (const char * const *) citations->pdata);

  if (confidence < FW_SPLIT_CONFIDENT)
    {
      g_autofree char *quoted = quote (body);

      _fw_page_warn (self->warnings, ps->line, id,
                     "low-confidence headline/body split: \"%s\" | \"%s\"; please confirm",
                     headline, quoted);
    }

  return statement;
}

static void
build_statements (Builder     *self,
                  FwPageLevel *level,
                  GListStore  *store,
                  const char  *place)
{
  for (guint i = 0; i < level->statements->len && self->error == NULL; i++)
    {
      g_autoptr(FwStatement) statement =
        build_statement (self, g_ptr_array_index (level->statements, i), place, i + 1);

      if (statement != NULL)
        g_list_store_append (store, statement);
    }
}

static void
build_header (Builder *self,
              FwPage  *page)
{
  FwOnetData *onet_data = fw_onet_data_get_default ();
  const char *group = fw_onet_data_get_major_group (onet_data, page->soc);

  g_object_set (self->document,
                "soc", page->soc,
                "title", page->title,
                "job-zone", CLAMP (page->job_zone, 0, 5),
                "job-zone-inferred", FALSE,
                "job-zone-label", page->job_zone_label != NULL ? page->job_zone_label : "",
                "version", page->version != NULL ? page->version : "",
                "context-covered", page->context != NULL ? page->context : "",
                "group", group != NULL ? group : "",
                "attribution", page->attribution != NULL ? page->attribution : "",
                NULL);
  fw_document_set_origin (self->document, FW_ORIGIN_PAGE);
}

static void
build_levels (Builder *self,
              FwPage  *page)
{
  for (guint k = 0; k < FW_N_LEVELS; k++)
    {
      FwPageLevel *pl = &page->levels[k];
      FwPageLevel *ai = &page->ai_levels[k];
      FwLevel *level = fw_document_get_level (self->document, k);
      g_autofree char *place = g_strconcat ("levels/", fw_level_key_to_string (k), NULL);
      g_autofree char *ai_place = g_strconcat ("ai/", fw_level_key_to_string (k), NULL);

      fw_level_set_label (level, fw_level_key_default_label (k));
      fw_level_set_role_label (level, pl->role_label != NULL ? pl->role_label : "");
      build_statements (self, pl, fw_level_get_statements (level), place);
      build_statements (self, ai, fw_level_get_ai_statements (level), ai_place);

      if (!pl->present)
        _fw_page_warn (self->warnings, page->soc_line, NULL,
                       "level \"%s\" is missing", fw_level_key_default_label (k));
      else if (pl->statements->len == 0)
        _fw_page_warn (self->warnings, pl->line, NULL, "level \"%s\" has no statements",
                       fw_level_key_default_label (k));

      if (page->has_ai_section && ai->statements->len == 0)
        _fw_page_warn (self->warnings, ai->present ? ai->line : 0, NULL,
                       "AI-fluency level \"%s\" has no statements",
                       fw_level_key_default_label (k));
    }
}

static void
build_domain (Builder      *self,
              FwPageDomain *pd)
{
  g_autoptr(FwDomain) domain = fw_domain_new (pd->name);
  guint listed = 0;

  for (guint l = 0; l < FW_N_DURABLE_LEVELS; l++)
    {
      FwPageLevel *pl = &pd->levels[l];
      g_autofree char *place = g_strdup_printf ("durable/%s/%s", pd->name,
                                                fw_durable_level_to_string (l));

      build_statements (self, pl, fw_domain_get_cell (domain, l), place);
      listed += pl->statements->len;
      if (pl->statements->len == 0)
        _fw_page_warn (self->warnings, pl->present ? pl->line : pd->line, NULL,
                       "domain \"%s\" has no %s statements", pd->name,
                       fw_durable_level_default_label (l));
    }

  if (pd->declared >= 0 && (guint) pd->declared != listed)
    _fw_page_warn (self->warnings, pd->line, NULL,
                   "domain \"%s\" declares %d statements but lists %u",
                   pd->name, pd->declared, listed);

  g_list_store_append (fw_document_get_domains (self->document), domain);
}

static void
build_evidence (Builder *self,
                FwPage  *page)
{
  static const char * const numbers[] = {
    "task-observations", "augment-share", "time-saved", "ai-autonomy", "safi-score",
  };
  static const char * const strings[] = {
    "top-skill", "quadrant", "precision", "wef-label", "wef-id",
  };
  FwEvidence *evidence = fw_document_get_evidence (self->document);

  G_STATIC_ASSERT (G_N_ELEMENTS (numbers) == FW_PAGE_EV_N_NUMBERS);
  G_STATIC_ASSERT (G_N_ELEMENTS (strings) == FW_PAGE_EV_N_STRINGS);

  for (guint i = 0; i < FW_PAGE_EV_N_NUMBERS; i++)
    if (!isnan (page->numbers[i]))
      g_object_set (evidence, numbers[i], page->numbers[i], NULL);
  for (guint i = 0; i < FW_PAGE_EV_N_STRINGS; i++)
    if (page->strings[i] != NULL)
      g_object_set (evidence, strings[i], page->strings[i], NULL);
}

static void
set_strv (FwOnet     *onet,
          const char *property,
          GPtrArray  *items)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;

  for (guint i = 0; i < items->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (items, i));
  strv = g_strv_builder_end (builder);
  g_object_set (onet, property, strv, NULL);
}

static void
build_onet (Builder *self,
            FwPage  *page)
{
  static const char * const lists[] = {
    "skills", "knowledge", "abilities", "work-styles", "technology",
  };
  FwOnet *onet = fw_document_get_onet (self->document);
  FwOnetData *onet_data = fw_onet_data_get_default ();

  G_STATIC_ASSERT (G_N_ELEMENTS (lists) == FW_PAGE_N_LISTS);

  if (page->anchor_count >= 0)
    g_object_set (onet, "anchor-count", page->anchor_count, NULL);
  set_strv (onet, "related-titles", page->related_titles);
  for (guint i = 0; i < FW_PAGE_N_LISTS; i++)
    set_strv (onet, lists[i], page->lists[i]);
  set_strv (onet, "cip-codes", page->cip_codes);

  for (guint i = 0; i < page->apprenticeships->len; i++)
    {
      FwPageApprenticeship *pa = g_ptr_array_index (page->apprenticeships, i);
      g_autoptr(FwApprenticeship) apprenticeship = fw_apprenticeship_new (pa->code, pa->title);

      g_list_store_append (fw_onet_get_apprenticeships (onet), apprenticeship);
    }

  for (guint i = 0; i < page->tasks->len; i++)
    {
      FwPageTask *pt = g_ptr_array_index (page->tasks, i);
      const char *task_id = fw_onet_data_find_task_id (onet_data, page->soc, pt->text);
      g_autoptr(FwTask) task = fw_task_new (task_id, pt->text);

      g_list_store_append (fw_onet_get_tasks (onet), task);
    }
}

/* ---------------------------------------------------------------------------------------- */
/* The footer's list of sources                                                             */

/* "SAFI (Jadhav & Danve, 2026)" -> base "SAFI", note "Jadhav & Danve, 2026" */
static void
split_footer_item (const char  *item,
                   char       **base,
                   char       **note)
{
  const char *open = strchr (item, '(');
  gsize len = strlen (item);

  if (open != NULL && open > item && len > 0 && item[len - 1] == ')')
    {
      *base = g_strstrip (g_strndup (item, open - item));
      *note = g_strstrip (g_strndup (open + 1, item + len - 1 - (open + 1)));
    }
  else
    {
      *base = g_strdup (item);
      *note = NULL;
    }
}

static gboolean
has_word_prefix (const char *text,
                 const char *prefix)
{
  gsize len = strlen (prefix);

  return len > 0 && g_ascii_strncasecmp (text, prefix, len) == 0 &&
         (text[len] == '\0' || !g_ascii_isalnum (text[len]));
}

/* "SAFI" is the initials of "Skill Automation Feasibility Index — …". */
static gboolean
is_acronym_of (const char *acronym,
               const char *title)
{
  const char *p = title;
  gsize n = strlen (acronym);

  if (n < 2)
    return FALSE;

  for (gsize i = 0; i < n; i++)
    {
      if (!g_ascii_isupper (acronym[i]))
        return FALSE;
      while (*p == ' ')
        p++;
      if (g_ascii_toupper (*p) != acronym[i])
        return FALSE;
      while (*p != '\0' && *p != ' ')
        p++;
    }

  return TRUE;
}

static gboolean
footer_item_matches (FwSource   *source,
                     const char *item,
                     const char *base,
                     const char *note)
{
  const char *label = fw_source_get_short_label (source);
  const char *title = fw_source_get_title (source);

  return g_ascii_strcasecmp (label, item) == 0 ||
         g_ascii_strcasecmp (label, base) == 0 ||
         (note != NULL && g_ascii_strcasecmp (label, note) == 0) ||
         has_word_prefix (title, item) ||
         has_word_prefix (title, base) ||
         is_acronym_of (base, title);
}

static gboolean
looks_like_license (const char *note)
{
  return note != NULL && (g_str_has_prefix (note, "CC ") || g_str_has_prefix (note, "CC0") ||
                          strstr (note, "icense") != NULL ||
                          g_ascii_strcasecmp (note, "public domain") == 0);
}

static gboolean
looks_like_domain_name (const char *item)
{
  const char *dot = strrchr (item, '.');

  return strchr (item, ' ') == NULL && dot != NULL && dot > item && g_ascii_isalpha (dot[1]);
}

/*
 * Matches the footer's sources to the cited ones (adding licences such as "CC BY 4.0"),
 * keeps uncited ones as registry entries, and records the NSX provenance: the O*NET
 * release, then the crosswalk and generator sites, in the order the footer names them.
 */
static void
build_footer (Builder *self,
              FwPage  *page)
{
  GListModel *sources = G_LIST_MODEL (fw_document_get_sources (self->document));
  g_autofree char *onet = NULL;
  g_autofree char *crosswalk = NULL;
  g_autofree char *generator = NULL;

  if (page->footer_sources->len > MAX_FOOTER_SOURCES)
    _fw_page_warn (self->warnings, page->footer_line, NULL,
                   "the footer lists more than %u sources; the rest were skipped",
                   MAX_FOOTER_SOURCES);
  for (guint i = 0; i < MIN (page->footer_sources->len, MAX_FOOTER_SOURCES); i++)
    {
      const char *item = g_ptr_array_index (page->footer_sources, i);
      g_autofree char *base = NULL;
      g_autofree char *note = NULL;
      gboolean matched = FALSE;

      split_footer_item (item, &base, &note);
      if (onet == NULL && g_str_has_prefix (item, "O*NET "))
        onet = g_strdup (item + strlen ("O*NET "));

      for (guint j = 0; j < g_list_model_get_n_items (sources); j++)
        {
          g_autoptr(FwSource) source = g_list_model_get_item (sources, j);

          if (!footer_item_matches (source, item, base, note))
            continue;
          matched = TRUE;
          if (looks_like_license (note) && fw_source_get_license (source) == NULL)
            g_object_set (source, "license", note, NULL);
        }

      if (matched)
        continue;

      if (looks_like_domain_name (item))
        {
          if (crosswalk == NULL)
            crosswalk = g_strconcat ("https://", item, NULL);
          else if (generator == NULL)
            generator = g_strdup (item);
          continue;
        }

      if (g_hash_table_lookup (self->sources_by_label, base) == NULL &&
          g_hash_table_size (self->sources_by_label) < FW_PAGE_MAX_SOURCES)
        {
          FwSource *source = builder_add_source (self, base, item, NULL);

          if (looks_like_license (note))
            g_object_set (source, "license", note, NULL);
        }
    }

  if (onet != NULL && crosswalk != NULL && generator != NULL)
    {
      g_autoptr(JsonBuilder) json = json_builder_new ();
      g_autoptr(JsonNode) node = NULL;
      g_autofree char *lower = g_ascii_strdown (crosswalk, -1);

      json_builder_begin_object (json);
      json_builder_set_member_name (json, "onet");
      json_builder_add_string_value (json, onet);
      json_builder_set_member_name (json, "crosswalk");
      json_builder_add_string_value (json, lower);
      json_builder_set_member_name (json, "generator");
      json_builder_add_string_value (json, generator);
      json_builder_end_object (json);
      node = json_builder_get_root (json);
      fw_document_set_provenance (self->document, node);
    }
}

FwDocument *
_fw_page_build (FwPage          *page,
                const char      *filename,
                FwPageWarnings  *warnings,
                GError         **error)
{
  g_autoptr(FwDocument) document = fw_document_new ();
  Builder builder = { 0 };

  g_return_val_if_fail (page != NULL, NULL);
  g_return_val_if_fail (page->soc != NULL && page->title != NULL, NULL);

  builder.document = document;
  builder.filename = filename;
  builder.warnings = warnings;
  builder.splitter = fw_splitter_get_default ();
  builder.sources_by_label = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  builder.source_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  build_header (&builder, page);
  build_levels (&builder, page);
  for (guint i = 0; i < page->domains->len; i++)
    build_domain (&builder, g_ptr_array_index (page->domains, i));
  build_evidence (&builder, page);
  build_onet (&builder, page);
  build_footer (&builder, page);

  g_hash_table_unref (builder.sources_by_label);
  g_hash_table_unref (builder.source_ids);

  if (builder.error != NULL)
    {
      g_propagate_error (error, builder.error);
      return NULL;
    }

  return g_steal_pointer (&document);
}
