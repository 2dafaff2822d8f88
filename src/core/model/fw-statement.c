/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "fw-statement.h"
#include "fw-types.h"
#include "fw-strings.h"

struct _FwStatement
{
  GObject   parent_instance;

  char     *id;
  /* For a derived id not yet asked for: fw_statement_get_id() derives it from this. */
  char     *id_seed;
  char     *headline;
  char     *body;
  char     *note;
  /* NULL for the empty list, which most statements have, so that making one allocates less. */
  char    **citations;
  char    **anchors;
  double    split_confidence;
  /* Readers make a statement per line of a file: fw_statement_new_from_text () puts the seed,
   * headline and body in this one block, and a new statement's empty headline and body are
   * the shared empty_string rather than copies. Such fields are "borrowed": not freed on
   * their own (borrowed_string ()). */
  char     *block;
  gsize     block_size;
};

G_DEFINE_FINAL_TYPE (FwStatement, fw_statement, G_TYPE_OBJECT)

static const char * const empty_list[] = { NULL };
static char empty_string[] = "";

static gboolean
borrowed_string (FwStatement *self,
                 const char  *field)
{
  guintptr address = (guintptr) field;
  guintptr block = (guintptr) self->block;

  return field == empty_string
         || (self->block != NULL && address >= block && address < block + self->block_size);
}

static void
clear_string (FwStatement  *self,
              char        **field)
{
  if (!borrowed_string (self, *field))
    g_free (*field);
  *field = NULL;
}

/* fw_replace_string () for a field that may be borrowed. */
static gboolean
replace_string (FwStatement  *self,
                char        **field,
                const char   *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  clear_string (self, field);
  *field = g_strdup (value);
  return TRUE;
}

/* fw_replace_strv () for a list field, where NULL stands for the empty list. */
static gboolean
replace_list (char               ***field,
              const char * const   *value)
{
  if (*field == NULL && (value == NULL || value[0] == NULL))
    return FALSE;

  return fw_replace_strv (field, value);
}

enum {
  PROP_0,
  PROP_ID,
  PROP_HEADLINE,
  PROP_BODY,
  PROP_NOTE,
  PROP_CITATIONS,
  PROP_ANCHORS,
  PROP_SPLIT_CONFIDENCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fw_statement_finalize (GObject *object)
{
  FwStatement *self = FW_STATEMENT (object);

  g_clear_pointer (&self->id, g_free);
  clear_string (self, &self->id_seed);
  clear_string (self, &self->headline);
  clear_string (self, &self->body);
  g_clear_pointer (&self->note, g_free);
  g_clear_pointer (&self->citations, g_strfreev);
  g_clear_pointer (&self->anchors, g_strfreev);
  g_clear_pointer (&self->block, g_free);

  G_OBJECT_CLASS (fw_statement_parent_class)->finalize (object);
}

static void
fw_statement_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  FwStatement *self = FW_STATEMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, fw_statement_get_id (self));
      break;

    case PROP_HEADLINE:
      g_value_set_string (value, self->headline);
      break;

    case PROP_BODY:
      g_value_set_string (value, self->body);
      break;

    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;

    case PROP_CITATIONS:
      g_value_set_boxed (value, fw_statement_get_citations (self));
      break;

    case PROP_ANCHORS:
      g_value_set_boxed (value, fw_statement_get_anchors (self));
      break;

    case PROP_SPLIT_CONFIDENCE:
      g_value_set_double (value, self->split_confidence);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fw_statement_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  FwStatement *self = FW_STATEMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      /* NULL or "": the statement gets a random id when first asked. */
      g_assert (self->id == NULL);
      if (g_value_get_string (value) != NULL && g_value_get_string (value)[0] != '\0')
        self->id = g_value_dup_string (value);
      break;

    case PROP_HEADLINE:
      fw_statement_set_headline (self, g_value_get_string (value));
      break;

    case PROP_BODY:
      fw_statement_set_body (self, g_value_get_string (value));
      break;

    case PROP_NOTE:
      fw_statement_set_note (self, g_value_get_string (value));
      break;

    case PROP_CITATIONS:
      fw_statement_set_citations (self, g_value_get_boxed (value));
      break;

    case PROP_ANCHORS:
      fw_statement_set_anchors (self, g_value_get_boxed (value));
      break;

    case PROP_SPLIT_CONFIDENCE:
      fw_statement_set_split_confidence (self, g_value_get_double (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fw_statement_class_init (FwStatementClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fw_statement_finalize;
  object_class->get_property = fw_statement_get_property;
  object_class->set_property = fw_statement_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", N_("Id"), NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_HEADLINE] =
    g_param_spec_string ("headline", N_("Headline"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_BODY] =
    g_param_spec_string ("body", N_("Body"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_NOTE] =
    g_param_spec_string ("note", N_("Note"), NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_CITATIONS] =
    g_param_spec_boxed ("citations", N_("Citations"), NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_ANCHORS] =
    g_param_spec_boxed ("anchors", N_("Anchors"), NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_SPLIT_CONFIDENCE] =
    g_param_spec_double ("split-confidence", N_("Split Confidence"), NULL,
                         0.0, 1.0, 1.0,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fw_statement_init (FwStatement *self)
{
  self->headline = empty_string;
  self->body = empty_string;
  self->split_confidence = 1.0;
}

/**
 * fw_statement_new:
 *
 * Creates a statement with a new random id. %NULL strings become "".
 */
FwStatement *
fw_statement_new (const char *headline,
                  const char *body)
{
  return g_object_new (FW_TYPE_STATEMENT,
                       "headline", headline,
                       "body", body,
                       NULL);
}

FwStatement *
fw_statement_new_with_id (const char *id,
                          const char *headline,
                          const char *body)
{
  g_return_val_if_fail (id != NULL && id[0] != '\0', NULL);

  return g_object_new (FW_TYPE_STATEMENT,
                       "id", id,
                       "headline", headline,
                       "body", body,
                       NULL);
}

/**
 * fw_statement_new_with_id_seed:
 *
 * Creates a statement whose id is fw_id_new_from_seed ("st", @seed). The id is derived when
 * it is first asked for: readers that derive ids make one per statement, and a batch
 * validation asks only for those of statements with findings.
 */
FwStatement *
fw_statement_new_with_id_seed (const char *seed,
                               const char *headline,
                               const char *body)
{
  g_return_val_if_fail (seed != NULL, NULL);

  return fw_statement_new_take_id_seed (g_strdup (seed), g_strdup (headline), g_strdup (body));
}

/**
 * fw_statement_new_take_id_seed:
 * @seed: (transfer full): the seed of the id
 * @headline: (transfer full) (nullable): the headline; %NULL for ""
 * @body: (transfer full) (nullable): the body; %NULL for ""
 *
 * fw_statement_new_with_id_seed (), taking the strings rather than copying them, for readers
 * that build them anyway.
 */
FwStatement *
fw_statement_new_take_id_seed (char *seed,
                               char *headline,
                               char *body)
{
  FwStatement *self;

  g_return_val_if_fail (seed != NULL, NULL);

  self = g_object_new (FW_TYPE_STATEMENT, NULL);
  self->id_seed = seed;
  if (headline != NULL)
    self->headline = headline;
  if (body != NULL)
    self->body = body;
  return self;
}

FwStatement *
fw_statement_copy (FwStatement *self)
{
  FwStatement *copy;

  g_return_val_if_fail (FW_IS_STATEMENT (self), NULL);

  copy = fw_statement_new (self->headline, self->body);
  copy->note = g_strdup (self->note);
  replace_list (&copy->citations, fw_statement_get_citations (self));
  replace_list (&copy->anchors, fw_statement_get_anchors (self));
  copy->split_confidence = self->split_confidence;

  return copy;
}

const char *
fw_statement_get_id (FwStatement *self)
{
  g_return_val_if_fail (FW_IS_STATEMENT (self), NULL);

  /* A statement made without an id gets one when first asked: derived from its seed, else
   * random. */
  if (g_atomic_pointer_get (&self->id) == NULL)
    {
      char *id = self->id_seed != NULL ? fw_id_new_from_seed ("st", self->id_seed)
                                       : fw_id_new_random ("st");

      /* Two threads may read one document: the first id stored wins, and from then on every
       * caller sees that one. */
      if (!g_atomic_pointer_compare_and_exchange (&self->id, NULL, id))
        g_free (id);
    }
  return self->id;
}

const char *
fw_statement_get_headline (FwStatement *self)
{
  g_return_val_if_fail (FW_IS_STATEMENT (self), NULL);

  return self->headline;
}

void
fw_statement_set_headline (FwStatement *self,
                           const char  *headline)
{
  g_return_if_fail (FW_IS_STATEMENT (self));

  if (replace_string (self, &self->headline, headline != NULL ? headline : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HEADLINE]);
}

const char *
fw_statement_get_body (FwStatement *self)
{
  g_return_val_if_fail (FW_IS_STATEMENT (self), NULL);

  return self->body;
}

void
fw_statement_set_body (FwStatement *self,
                       const char  *body)
{
  g_return_if_fail (FW_IS_STATEMENT (self));

  if (replace_string (self, &self->body, body != NULL ? body : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BODY]);
}

const char *
fw_statement_get_note (FwStatement *self)
{
  g_return_val_if_fail (FW_IS_STATEMENT (self), NULL);

  return self->note;
}

/**
 * fw_statement_set_note:
 *
 * An empty note is no note: "" is stored as %NULL, so writers need only test for %NULL.
 */
void
fw_statement_set_note (FwStatement *self,
                       const char  *note)
{
  g_return_if_fail (FW_IS_STATEMENT (self));

  if (note != NULL && note[0] == '\0')
    note = NULL;

  if (fw_replace_string (&self->note, note))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
}

const char * const *
fw_statement_get_citations (FwStatement *self)
{
  g_return_val_if_fail (FW_IS_STATEMENT (self), NULL);

  return self->citations != NULL ? (const char * const *) self->citations : empty_list;
}

void
fw_statement_set_citations (FwStatement        *self,
                            const char * const *citations)
{
  g_return_if_fail (FW_IS_STATEMENT (self));

  if (replace_list (&self->citations, citations))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CITATIONS]);
}

gboolean
fw_statement_cites (FwStatement *self,
                    const char  *source_id)
{
  g_return_val_if_fail (FW_IS_STATEMENT (self), FALSE);
  g_return_val_if_fail (source_id != NULL, FALSE);

  return g_strv_contains (fw_statement_get_citations (self), source_id);
}

const char * const *
fw_statement_get_anchors (FwStatement *self)
{
  g_return_val_if_fail (FW_IS_STATEMENT (self), NULL);

  return self->anchors != NULL ? (const char * const *) self->anchors : empty_list;
}

void
fw_statement_set_anchors (FwStatement        *self,
                          const char * const *anchors)
{
  g_return_if_fail (FW_IS_STATEMENT (self));

  if (replace_list (&self->anchors, anchors))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANCHORS]);
}

double
fw_statement_get_split_confidence (FwStatement *self)
{
  g_return_val_if_fail (FW_IS_STATEMENT (self), 1.0);

  return self->split_confidence;
}

void
fw_statement_set_split_confidence (FwStatement *self,
                                   double       confidence)
{
  g_return_if_fail (FW_IS_STATEMENT (self));
  g_return_if_fail (!isnan (confidence));

  confidence = CLAMP (confidence, 0.0, 1.0);

  if (confidence != self->split_confidence)
    {
      self->split_confidence = confidence;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPLIT_CONFIDENCE]);
    }
}

/**
 * fw_statement_to_text:
 *
 * Returns "Headline — body", or just whichever part is not empty when the other is.
 */
char *
fw_statement_to_text (FwStatement *self)
{
  g_return_val_if_fail (FW_IS_STATEMENT (self), NULL);

  if (self->body[0] == '\0')
    return g_strdup (self->headline);

  if (self->headline[0] == '\0')
    return g_strdup (self->body);

  return g_strconcat (self->headline, FW_STATEMENT_SEPARATOR, self->body, NULL);
}

/* Narrows @start .. @end to leave out white space at either side, as g_strstrip () does. */
static void
strip_span (const char **start,
            const char **end)
{
  while (*start < *end && g_ascii_isspace (**start))
    (*start)++;
  while (*end > *start && g_ascii_isspace ((*end)[-1]))
    (*end)--;
}

/* g_strstrip (g_strndup (start, end - start)), in one pass: readers split every statement. */
static char *
strdup_stripped (const char *start,
                 const char *end)
{
  strip_span (&start, &end);

  return g_strndup (start, end - start);
}

/* Copies @length bytes of @source to *@p, ends them with a NUL and moves *@p past it. */
static char *
append_string (char       **p,
               const char  *source,
               gsize        length)
{
  char *start = *p;

  memcpy (start, source, length);
  start[length] = '\0';
  *p = start + length + 1;
  return start;
}

/**
 * fw_statement_new_from_text:
 * @seed_prefix: the start of the id's seed
 * @text: "Headline — body", with the separator
 *
 * For readers: fw_statement_new_with_id_seed () with the seed @seed_prefix followed by @text,
 * and the headline and body fw_statement_split_text () makes of @text. The three strings
 * share one allocation, since a reader makes a statement for each line of a file.
 */
FwStatement *
fw_statement_new_from_text (const char *seed_prefix,
                            const char *text)
{
  const char *separator;
  const char *headline_start, *headline_end, *body_start, *body_end;
  gsize prefix_length, text_length;
  FwStatement *self;
  char *p;

  g_return_val_if_fail (seed_prefix != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  separator = strstr (text, FW_STATEMENT_SEPARATOR);
  g_return_val_if_fail (separator != NULL, NULL);

  prefix_length = strlen (seed_prefix);
  text_length = strlen (text);
  headline_start = text;
  headline_end = separator;
  strip_span (&headline_start, &headline_end);
  body_start = separator + strlen (FW_STATEMENT_SEPARATOR);
  body_end = text + text_length;
  strip_span (&body_start, &body_end);

  self = g_object_new (FW_TYPE_STATEMENT, NULL);
  self->block_size = prefix_length + text_length + 1
                     + (gsize) (headline_end - headline_start) + 1
                     + (gsize) (body_end - body_start) + 1;
  self->block = p = g_malloc (self->block_size);

  /* The seed is the prefix and the text: copy the prefix, then let the text end it. */
  memcpy (p, seed_prefix, prefix_length);
  p += prefix_length;
  append_string (&p, text, text_length);
  self->id_seed = self->block;
  self->headline = append_string (&p, headline_start, headline_end - headline_start);
  self->body = append_string (&p, body_start, body_end - body_start);
  g_assert (p == self->block + self->block_size);

  return self;
}

/**
 * fw_statement_split_text:
 *
 * Both parts come back with surrounding whitespace removed. @headline and @body may be %NULL.
 */
gboolean
fw_statement_split_text (const char  *text,
                         char       **headline,
                         char       **body)
{
  const char *separator;

  g_return_val_if_fail (text != NULL, FALSE);

  separator = strstr (text, FW_STATEMENT_SEPARATOR);
  if (separator == NULL)
    return FALSE;

  if (headline != NULL)
    *headline = strdup_stripped (text, separator);

  if (body != NULL)
    {
      const char *body_start = separator + strlen (FW_STATEMENT_SEPARATOR);

      *body = strdup_stripped (body_start, body_start + strlen (body_start));
    }

  return TRUE;
}

gboolean
fw_statement_equal_content (FwStatement *a,
                            FwStatement *b)
{
  g_return_val_if_fail (FW_IS_STATEMENT (a), FALSE);
  g_return_val_if_fail (FW_IS_STATEMENT (b), FALSE);

  return g_strcmp0 (a->headline, b->headline) == 0 &&
         g_strcmp0 (a->body, b->body) == 0 &&
         g_strcmp0 (a->note, b->note) == 0 &&
         g_strv_equal (fw_statement_get_citations (a), fw_statement_get_citations (b)) &&
         g_strv_equal (fw_statement_get_anchors (a), fw_statement_get_anchors (b));
}
