/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "fw-json.h"
#include "fw-limits.h"
#include "fw-nsx-private.h"

/*
 * The NSX reader's fast path, for batch validation of many exports: one pass over the text
 * that builds the document straight away, without a JSON tree (building and freeing the tree
 * cost as much as the rest of reading).
 *
 * It accepts only what the full reader (fw-nsx.c) accepts without a warning, and builds the
 * same document; at the first thing it is not sure of (an error of any kind, but also a
 * string with an escape, a byte order mark or a job zone written as 5.0) it gives up, and the
 * full reader reads the file again and reports any problem with its path and location.
 */

typedef struct
{
  const char *p;
  const char *end;
  /* The statement being read, NUL-terminated, for the checks that want a C string. */
  GString    *text;
} Scan;

typedef struct
{
  const char *start;
  gsize       length;
} Span;

/* The members of each object, as bits, so that a missing, repeated or unknown one is seen. */
enum
{
  ROOT_SCHEMA_VERSION = 1 << 0,
  ROOT_EXPORTED_AT    = 1 << 1,
  ROOT_OCCUPATION     = 1 << 2,
  ROOT_FRAMEWORK      = 1 << 3,
  ROOT_SOURCES        = 1 << 4,
  ROOT_ATTRIBUTION    = 1 << 5,
  ROOT_ALL            = (1 << 6) - 1
};

static void
skip_space (Scan *scan)
{
  while (scan->p < scan->end
         && (*scan->p == ' ' || *scan->p == '\n' || *scan->p == '\r' || *scan->p == '\t'))
    scan->p++;
}

static gboolean
skip_char (Scan *scan,
           char  c)
{
  skip_space (scan);
  if (scan->p >= scan->end || *scan->p != c)
    return FALSE;
  scan->p++;
  return TRUE;
}

/* A string without escapes or control characters (the full reader handles those). Statements
 * make up most of a file, so eight bytes at a time up to the first byte that needs a look. */
static gboolean
read_span (Scan *scan,
           Span *span)
{
  const char *p;

  if (!skip_char (scan, '"'))
    return FALSE;

  p = scan->p + fw_json_plain_run_end (scan->p, 0, scan->end - scan->p);
  if (p >= scan->end || *p != '"')
    return FALSE;

  span->start = scan->p;
  span->length = p - scan->p;
  scan->p = p + 1;
  return TRUE;
}

static gboolean
span_is (const Span *span,
         const char *literal)
{
  return strlen (literal) == span->length && memcmp (span->start, literal, span->length) == 0;
}

/* Reads a member name and its colon into @name. */
static gboolean
read_name (Scan *scan,
           Span *name)
{
  return read_span (scan, name) && skip_char (scan, ':');
}

/* After a member or an element: TRUE with *@more set when a comma follows, TRUE with *@more
 * unset at @close, FALSE otherwise. */
static gboolean
next_item (Scan     *scan,
           char      close,
           gboolean *more)
{
  skip_space (scan);
  if (scan->p < scan->end && (*scan->p == ',' || *scan->p == close))
    {
      *more = *scan->p == ',';
      scan->p++;
      return TRUE;
    }
  return FALSE;
}

/* Marks @bit as seen; FALSE if it was seen before. */
static gboolean
see (guint *seen,
     guint  bit)
{
  if (*seen & bit)
    return FALSE;
  *seen |= bit;
  return TRUE;
}

/* Reads a member's value, its name already read; FALSE if the object may not have it. */
typedef gboolean (*ReadMember) (Scan       *scan,
                                const Span *name,
                                gpointer    data);

/* Reads an object, each member's name and then its value through @read_member. */
static gboolean
read_object (Scan       *scan,
             ReadMember  read_member,
             gpointer    data)
{
  gboolean more = TRUE;

  if (!skip_char (scan, '{'))
    return FALSE;

  while (more)
    {
      Span name;

      if (!read_name (scan, &name) || !read_member (scan, &name, data)
          || !next_item (scan, '}', &more))
        return FALSE;
    }
  return TRUE;
}

/* A string member's value, copied; NULL if it is not a string or is empty when it must not
 * be. */
static char *
read_string (Scan     *scan,
             gboolean  non_empty)
{
  Span span;

  if (!read_span (scan, &span) || (non_empty && span.length == 0))
    return NULL;
  return g_strndup (span.start, span.length);
}

static gboolean
read_pattern_string (Scan        *scan,
                     NsxPattern   pattern,
                     char       **value)
{
  *value = read_string (scan, FALSE);
  return *value != NULL && _fw_nsx_matches (pattern, *value);
}

static gboolean
read_job_zone (Scan *scan,
               int  *job_zone)
{
  /* One digit: what follows a longer number such as 31 or 5.0 ends no member, so the
   * caller's next_item () refuses it. */
  skip_space (scan);
  if (scan->p >= scan->end || *scan->p < '1' || *scan->p > '5')
    return FALSE;

  *job_zone = *scan->p - '0';
  scan->p++;
  return TRUE;
}

static gboolean
read_boolean (Scan     *scan,
              gboolean *value)
{
  skip_space (scan);
  if (scan->end - scan->p >= 4 && memcmp (scan->p, "true", 4) == 0)
    {
      *value = TRUE;
      scan->p += 4;
      return TRUE;
    }
  if (scan->end - scan->p >= 5 && memcmp (scan->p, "false", 5) == 0)
    {
      *value = FALSE;
      scan->p += 5;
      return TRUE;
    }
  return FALSE;
}

typedef struct
{
  char     *soc;
  char     *title;
  char     *group;
  char     *sector;
  gboolean  inferred;
  int       job_zone;
  guint     seen;
} OccupationRead;

static gboolean
read_occupation_member (Scan       *scan,
                        const Span *name,
                        gpointer    data)
{
  OccupationRead *o = data;

  if (span_is (name, "soc"))
    return see (&o->seen, 1 << 0) && read_pattern_string (scan, NSX_PATTERN_SOC, &o->soc);
  if (span_is (name, "title"))
    return see (&o->seen, 1 << 1) && (o->title = read_string (scan, TRUE)) != NULL;
  if (span_is (name, "group"))
    return see (&o->seen, 1 << 2) && (o->group = read_string (scan, TRUE)) != NULL;
  if (span_is (name, "sector"))
    return see (&o->seen, 1 << 3) && (o->sector = read_string (scan, FALSE)) != NULL;
  if (span_is (name, "jobZone"))
    return see (&o->seen, 1 << 4) && read_job_zone (scan, &o->job_zone);
  if (span_is (name, "jobZoneInferred"))
    return see (&o->seen, 1 << 5) && read_boolean (scan, &o->inferred);
  return FALSE;
}

static gboolean
read_occupation (Scan       *scan,
                 FwDocument *document)
{
  OccupationRead o = { 0 };
  gboolean ok = read_object (scan, read_occupation_member, &o) && o.seen == (1 << 6) - 1;

  if (ok)
    g_object_set (document,
                  "soc", o.soc,
                  "title", o.title,
                  "group", o.group,
                  "sector", o.sector,
                  "job-zone", o.job_zone,
                  "job-zone-inferred", o.inferred,
                  NULL);
  g_free (o.soc);
  g_free (o.title);
  g_free (o.group);
  g_free (o.sector);
  return ok;
}

/* One statement, with the full reader's checks (read_statement () in fw-nsx.c). */
static gboolean
read_statement (Scan       *scan,
                FwLevelKey  key,
                guint       index,
                GPtrArray  *statements)
{
  char seed_prefix[NSX_SEED_PREFIX_SIZE];
  FwStatement *statement;
  const char *text;
  Span span;

  if (!read_span (scan, &span) || span.length > FW_MAX_STATEMENT_LENGTH)
    return FALSE;

  g_string_truncate (scan->text, 0);
  g_string_append_len (scan->text, span.start, span.length);
  text = scan->text->str;
  if (!_fw_nsx_is_statement_text (text))
    return FALSE;

  _fw_nsx_statement_seed_prefix (key, index, seed_prefix);
  statement = fw_statement_new_from_text (seed_prefix, text);
  g_ptr_array_add (statements, statement);

  /* The full reader warns about white space it trimmed. */
  return _fw_nsx_is_joined_text (text, fw_statement_get_headline (statement),
                                 fw_statement_get_body (statement));
}

static gboolean
read_statements (Scan       *scan,
                 FwLevelKey  key,
                 FwLevel    *level)
{
  g_autoptr(GPtrArray) read = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean more = TRUE;

  if (!skip_char (scan, '['))
    return FALSE;

  skip_space (scan);
  if (scan->p < scan->end && *scan->p == ']')
    {
      scan->p++;
      return TRUE;
    }

  while (more)
    {
      if (!read_statement (scan, key, read->len, read) || !next_item (scan, ']', &more))
        return FALSE;
    }

  /* One change to the level's list rather than one per statement. */
  g_list_store_splice (fw_level_get_statements (level), 0, 0, read->pdata, read->len);
  return TRUE;
}

typedef struct
{
  FwLevelKey  key;
  FwLevel    *level;
  guint       seen;
} LevelRead;

static gboolean
read_level_member (Scan       *scan,
                   const Span *name,
                   gpointer    data)
{
  LevelRead *l = data;
  Span label;

  if (span_is (name, "label"))
    return see (&l->seen, 1 << 0) && read_span (scan, &label)
           && span_is (&label, fw_level_key_default_label (l->key));
  if (span_is (name, "statements"))
    return see (&l->seen, 1 << 1) && read_statements (scan, l->key, l->level);
  return FALSE;
}

static gboolean
read_level (Scan       *scan,
            FwLevelKey  key,
            FwLevel    *level)
{
  LevelRead l = { key, level, 0 };

  if (!read_object (scan, read_level_member, &l) || l.seen != 3)
    return FALSE;

  fw_level_set_label (level, fw_level_key_default_label (key));
  return TRUE;
}

/* The document and the members of an object of it seen so far. */
typedef struct
{
  FwDocument *document;
  guint       seen;
} DocumentRead;

static gboolean
read_levels_member (Scan       *scan,
                    const Span *name,
                    gpointer    data)
{
  DocumentRead *d = data;
  guint key;

  for (key = 0; key < FW_N_LEVELS; key++)
    {
      if (span_is (name, fw_level_key_to_string (key)))
        break;
    }

  return key < FW_N_LEVELS && see (&d->seen, 1 << key)
         && read_level (scan, key, fw_document_get_level (d->document, key));
}

static gboolean
read_levels (Scan       *scan,
             FwDocument *document)
{
  DocumentRead d = { document, 0 };

  return read_object (scan, read_levels_member, &d) && d.seen == (1 << FW_N_LEVELS) - 1;
}

typedef struct
{
  FwDocument *document;
  char       *version;
  char       *description;
  char       *context;
  guint       seen;
} FrameworkRead;

static gboolean
read_framework_member (Scan       *scan,
                       const Span *name,
                       gpointer    data)
{
  FrameworkRead *f = data;

  if (span_is (name, "version"))
    return see (&f->seen, 1 << 0) && read_pattern_string (scan, NSX_PATTERN_VERSION, &f->version);
  if (span_is (name, "description"))
    return see (&f->seen, 1 << 1) && (f->description = read_string (scan, FALSE)) != NULL;
  if (span_is (name, "contextCovered"))
    return see (&f->seen, 1 << 2) && (f->context = read_string (scan, TRUE)) != NULL;
  if (span_is (name, "levels"))
    return see (&f->seen, 1 << 3) && read_levels (scan, f->document);
  return FALSE;
}

static gboolean
read_framework (Scan       *scan,
                FwDocument *document)
{
  FrameworkRead f = { document, NULL, NULL, NULL, 0 };
  gboolean ok = read_object (scan, read_framework_member, &f) && f.seen == (1 << 4) - 1;

  if (ok)
    g_object_set (document,
                  "version", f.version,
                  "description", f.description,
                  "context-covered", f.context,
                  NULL);
  g_free (f.version);
  g_free (f.description);
  g_free (f.context);
  return ok;
}

static const char * const source_names[] = { "onet", "crosswalk", "generator" };

typedef struct
{
  JsonObject *object;
  guint       seen;
} SourcesRead;

static gboolean
read_sources_member (Scan       *scan,
                     const Span *name,
                     gpointer    data)
{
  SourcesRead *r = data;
  g_autofree char *value = NULL;
  guint i;

  for (i = 0; i < G_N_ELEMENTS (source_names); i++)
    {
      if (span_is (name, source_names[i]))
        break;
    }

  if (i == G_N_ELEMENTS (source_names) || !see (&r->seen, 1 << i)
      || (value = read_string (scan, TRUE)) == NULL)
    return FALSE;

  json_object_set_string_member (r->object, source_names[i], value);
  return TRUE;
}

/* The provenance: the sources object as it was written, members in their order. */
static gboolean
read_sources (Scan       *scan,
              FwDocument *document)
{
  g_autoptr(JsonObject) object = json_object_new ();
  g_autoptr(JsonNode) provenance = NULL;
  SourcesRead r = { object, 0 };

  if (!read_object (scan, read_sources_member, &r)
      || r.seen != (1 << G_N_ELEMENTS (source_names)) - 1)
    return FALSE;

  provenance = json_node_new (JSON_NODE_OBJECT);
  json_node_set_object (provenance, object);
  fw_document_set_provenance (document, provenance);
  return TRUE;
}

static gboolean
read_exported_at (Scan       *scan,
                  FwDocument *document)
{
  g_autofree char *value = NULL;

  if (!read_pattern_string (scan, NSX_PATTERN_TIMESTAMP, &value)
      || !_fw_nsx_is_valid_date_time (value))
    return FALSE;

  g_object_set (document, "exported-at", value, NULL);
  return TRUE;
}

static gboolean
read_root_member (Scan       *scan,
                  const Span *name,
                  gpointer    data)
{
  DocumentRead *root = data;
  FwDocument *document = root->document;
  guint *seen = &root->seen;
  g_autofree char *attribution = NULL;
  Span version;

  if (span_is (name, "schemaVersion"))
    return see (seen, ROOT_SCHEMA_VERSION) && read_span (scan, &version)
           && span_is (&version, NSX_SCHEMA_VERSION);
  if (span_is (name, "exportedAt"))
    return see (seen, ROOT_EXPORTED_AT) && read_exported_at (scan, document);
  if (span_is (name, "occupation"))
    return see (seen, ROOT_OCCUPATION) && read_occupation (scan, document);
  if (span_is (name, "framework"))
    return see (seen, ROOT_FRAMEWORK) && read_framework (scan, document);
  if (span_is (name, "sources"))
    return see (seen, ROOT_SOURCES) && read_sources (scan, document);
  if (span_is (name, "attribution"))
    {
      if (!see (seen, ROOT_ATTRIBUTION) || (attribution = read_string (scan, TRUE)) == NULL)
        return FALSE;
      g_object_set (document, "attribution", attribution, NULL);
      return TRUE;
    }
  return FALSE;
}

static gboolean
read_root (Scan       *scan,
           FwDocument *document)
{
  DocumentRead root = { document, 0 };

  if (!read_object (scan, read_root_member, &root))
    return FALSE;

  skip_space (scan);
  return root.seen == ROOT_ALL && scan->p == scan->end;
}

FwDocument *
_fw_nsx_read_fast (const char *data,
                   gsize       length)
{
  g_autoptr(FwDocument) document = fw_document_new ();
  g_autoptr(GString) text = g_string_sized_new (256);
  Scan scan = { data, data + length, text };

  fw_document_set_origin (document, FW_ORIGIN_NSX);
  if (!read_root (&scan, document))
    return NULL;

  return g_steal_pointer (&document);
}
