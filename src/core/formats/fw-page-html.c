/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>

#include "fw-error.h"
#include "fw-limits.h"
#include "fw-page-html-lazy.h"
#include "fw-page-private.h"

/*
 * A framework page saved as HTML. The document is parsed by libxml2 (network off, no entity
 * expansion, no external entity ever loaded) and walked without recursion; every block
 * element becomes one line, just as a browser's copied text would show it, and the lines go
 * to the same parser as copied text. List items carry what text loses: the headline and body
 * elements of a statement and its citation links (short label as link text, full title as
 * title attribute).
 */

typedef enum
{
  KIND_INLINE,
  KIND_BLOCK,
  KIND_CELL,     /* table cells: one line per row, cells separated by a space */
  KIND_SKIP,     /* never shown: scripts, styles, the head … */
  KIND_BREAK,
  KIND_ITEM,
} Kind;

static const char * const block_elements[] = {
  "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "dialog",
  "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
  "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "main", "nav", "ol", "p",
  "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul", "menu",
};

static const char * const skipped_elements[] = {
  "head", "script", "style", "noscript", "template", "iframe", "object", "embed", "svg",
  "math", "canvas", "select", "textarea", "audio", "video", "title", "meta", "link", "base",
};

/* Parsing swaps libxml2's global entity loader, so only one parse runs at a time. */
static GMutex parse_lock;

typedef struct
{
  FwPageParser *parser;
  GString      *line;
  guint         line_number;
  guint         last_line;
} Walker;

typedef gboolean (*EnterFunc) (gpointer  data,
                               xmlNode  *node);
typedef void     (*LeaveFunc) (gpointer  data,
                               xmlNode  *node);

static gboolean
name_is (xmlNode    *node,
         const char *name)
{
  return node->type == XML_ELEMENT_NODE && node->name != NULL &&
         g_ascii_strcasecmp ((const char *) node->name, name) == 0;
}

static gboolean
name_in (xmlNode            *node,
         const char * const *names,
         gsize               n_names)
{
  for (gsize i = 0; i < n_names; i++)
    if (name_is (node, names[i]))
      return TRUE;

  return FALSE;
}

static Kind
element_kind (xmlNode *node)
{
  if (name_in (node, skipped_elements, G_N_ELEMENTS (skipped_elements)))
    return KIND_SKIP;
  if (name_is (node, "li"))
    return KIND_ITEM;
  if (name_is (node, "br"))
    return KIND_BREAK;
  if (name_is (node, "td") || name_is (node, "th"))
    return KIND_CELL;
  if (name_in (node, block_elements, G_N_ELEMENTS (block_elements)))
    return KIND_BLOCK;

  return KIND_INLINE;
}

static guint
node_line (xmlNode *node)
{
  long line = xmlGetLineNo (node);

  return line > 0 ? (guint) MIN (line, G_MAXUINT) : 0;
}

static char *
get_attribute (xmlNode    *node,
               const char *name)
{
  xmlChar *value = xmlGetProp (node, (const xmlChar *) name);
  char *copy;

  if (value == NULL)
    return NULL;

  copy = _fw_page_collapse_spaces ((const char *) value);
  xmlFree (value);
  return copy;
}

static gboolean
has_class (xmlNode    *node,
           const char *wanted)
{
  g_autofree char *classes = NULL;
  g_auto(GStrv) tokens = NULL;
  gsize wanted_length = strlen (wanted);

  if (node->type != XML_ELEMENT_NODE)
    return FALSE;
  classes = get_attribute (node, "class");
  if (classes == NULL)
    return FALSE;

  /* "headline", "statement-headline", "card__headline" */
  tokens = g_strsplit (classes, " ", -1);
  for (guint i = 0; tokens[i] != NULL; i++)
    {
      gsize len = strlen (tokens[i]);

      if (len >= wanted_length &&
          g_ascii_strcasecmp (tokens[i] + len - wanted_length, wanted) == 0 &&
          (len == wanted_length || tokens[i][len - wanted_length - 1] == '-' ||
           tokens[i][len - wanted_length - 1] == '_'))
        return TRUE;
    }

  return FALSE;
}

static gboolean
is_hidden_text (xmlNode *node)
{
  return has_class (node, "sr-only") || has_class (node, "visually-hidden") ||
         has_class (node, "screen-reader-text");
}

static void
append_text (GString *out,
             xmlNode *node)
{
  if (node->content != NULL)
    g_string_append (out, (const char *) node->content);
}

/*
 * Visits the descendants of @root in document order, without recursion. @enter returns
 * whether to visit a node's children; @leave runs after them. Nesting deeper than
 * FW_MAX_HTML_DEPTH is an error.
 */
static gboolean
walk (xmlNode     *root,
      EnterFunc    enter,
      LeaveFunc    leave,
      gpointer     data,
      const char  *filename,
      GError     **error)
{
  xmlNode *node = root->children;
  guint depth = 1;

  while (node != NULL)
    {
      gboolean descend = enter (data, node);

      if (descend && node->children != NULL)
        {
          if (depth >= FW_MAX_HTML_DEPTH)
            {
              if (error != NULL && *error == NULL)
                fw_set_error_at (error, FW_ERROR_PARSE, filename, node_line (node), 1,
                                 "elements are nested deeper than %d levels",
                                 FW_MAX_HTML_DEPTH);
              return FALSE;
            }
          node = node->children;
          depth++;
          continue;
        }
      if (descend && leave != NULL)
        leave (data, node);

      while (node->next == NULL)
        {
          node = node->parent;
          depth--;
          if (node == NULL || node == root || depth == 0)
            return TRUE;
          if (leave != NULL)
            leave (data, node);
        }
      node = node->next;
    }

  return TRUE;
}

/*
 * Refuses a tree with an element deeper than FW_MAX_HTML_DEPTH (<html> is level 1), wherever
 * it is, skipped elements and list items included. libxml2 silently stops parsing one level
 * past this limit, so such a tree may have lost everything after the deep part: it must not
 * be read as if the page ended there.
 */
static gboolean
check_depth (xmlNode     *root,
             const char  *filename,
             GError     **error)
{
  xmlNode *node = root;
  guint level = 1;

  while (node != NULL)
    {
      if (node->type == XML_ELEMENT_NODE && level > FW_MAX_HTML_DEPTH)
        {
          fw_set_error_at (error, FW_ERROR_PARSE, filename, node_line (node), 1,
                           "elements are nested deeper than %d levels", FW_MAX_HTML_DEPTH);
          return FALSE;
        }

      if (node->children != NULL)
        {
          node = node->children;
          level++;
          continue;
        }

      while (node != root && node->next == NULL)
        {
          node = node->parent;
          level--;
        }
      node = node != root ? node->next : NULL;
    }

  return TRUE;
}

/* ---------------------------------------------------------------------------------------- */
/* List items                                                                               */

typedef struct
{
  xmlNode    *root;
  GString    *full;        /* everything, as copied text would show it */
  GString    *text;        /* without citation chips */
  GString    *headline;
  GString    *body;
  xmlNode    *headline_node;
  xmlNode    *body_node;
  gboolean    headline_done;
  gboolean    body_done;
  xmlNode    *chip_node;
  GString    *chip_label;
  GString    *chip_hidden;
  gsize       text_before_chip;  /* length of @text before the last chip */
  GPtrArray  *chips;
  guint       line;
} ItemWalker;

static gboolean
is_chip (xmlNode *node)
{
  g_autofree char *title = NULL;
  g_autofree char *target = NULL;

  if (!name_is (node, "a"))
    return FALSE;

  title = get_attribute (node, "title");
  target = get_attribute (node, "target");

  return (title != NULL && *title != '\0') || g_strcmp0 (target, "_blank") == 0 ||
         has_class (node, "chip") || has_class (node, "citation");
}

static gboolean
is_headline_element (ItemWalker *self,
                     xmlNode    *node)
{
  if (has_class (node, "headline"))
    return TRUE;

  /* Without classes, a leading <strong> is the headline. */
  if (node->parent != self->root || !(name_is (node, "strong") || name_is (node, "b")))
    return FALSE;
  for (xmlNode *p = node->prev; p != NULL; p = p->prev)
    {
      if (p->type != XML_TEXT_NODE || p->content == NULL)
        return FALSE;
      for (const xmlChar *c = p->content; *c != '\0'; c++)
        if (!g_ascii_isspace (*c))
          return FALSE;
    }

  return TRUE;
}

static gboolean
item_enter (gpointer  data,
            xmlNode  *node)
{
  ItemWalker *self = data;

  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
    {
      append_text (self->full, node);
      if (self->chip_node != NULL)
        {
          gboolean hidden = FALSE;

          for (xmlNode *p = node->parent; p != NULL && p != self->chip_node; p = p->parent)
            hidden |= is_hidden_text (p);
          append_text (hidden ? self->chip_hidden : self->chip_label, node);
          return FALSE;
        }
      append_text (self->text, node);
      if (self->headline_node != NULL && !self->headline_done)
        append_text (self->headline, node);
      if (self->body_node != NULL && !self->body_done)
        append_text (self->body, node);
      return FALSE;
    }

  if (node->type != XML_ELEMENT_NODE)
    return FALSE;

  switch (element_kind (node))
    {
    case KIND_SKIP:
      return FALSE;

    case KIND_INLINE:
      break;

    default:
      /* Blocks and breaks inside an item separate words. */
      g_string_append_c (self->full, ' ');
      if (self->chip_node == NULL)
        g_string_append_c (self->text, ' ');
      return element_kind (node) != KIND_BREAK;
    }

  if (self->chip_node == NULL && is_chip (node))
    {
      self->chip_node = node;
      self->text_before_chip = self->text->len;
      g_string_truncate (self->chip_label, 0);
      g_string_truncate (self->chip_hidden, 0);
    }
  else if (self->chip_node == NULL && self->headline_node == NULL && self->body_node == NULL &&
           is_headline_element (self, node))
    self->headline_node = node;
  else if (self->chip_node == NULL && self->body_node == NULL && has_class (node, "body"))
    self->body_node = node;

  return TRUE;
}

/* "Full title. Opens in new tab." -> "Full title" */
static char *
strip_chip_mark (const char *hidden)
{
  g_autofree char *text = _fw_page_collapse_spaces (hidden);
  gsize len = strlen (text);
  gsize mark = strlen (FW_PAGE_CHIP_MARK);

  if (len >= mark && strcmp (text + len - mark, FW_PAGE_CHIP_MARK) == 0)
    {
      len -= mark;
      while (len > 0 && text[len - 1] == ' ')
        len--;
      if (len > 0 && text[len - 1] == '.')
        len--;
    }

  return g_strstrip (g_strndup (text, len));
}

static void
finish_chip (ItemWalker *self,
             xmlNode    *node)
{
  g_autofree char *label = _fw_page_collapse_spaces (self->chip_label->str);
  g_autofree char *title = get_attribute (node, "title");
  g_autofree char *href = get_attribute (node, "href");
  g_autofree char *from_hidden = strip_chip_mark (self->chip_hidden->str);
  const char *url = NULL;

  if (title == NULL || *title == '\0')
    {
      g_free (title);
      title = g_strdup (*from_hidden != '\0' ? from_hidden : label);
    }
  /* Only web addresses are kept; nothing is ever fetched. */
  if (href != NULL && (g_str_has_prefix (href, "https://") || g_str_has_prefix (href, "http://")))
    url = href;

  if (*label == '\0')
    {
      g_free (label);
      label = g_strdup (title);
    }
  if (*label != '\0')
    g_ptr_array_add (self->chips, _fw_page_chip_new (label, title, url, self->line));
  g_string_append_c (self->text, ' ');
}

static void
item_leave (gpointer  data,
            xmlNode  *node)
{
  ItemWalker *self = data;

  if (node == self->chip_node)
    {
      finish_chip (self, node);
      self->chip_node = NULL;
    }
  else if (node == self->headline_node)
    self->headline_done = TRUE;
  else if (node == self->body_node)
    self->body_done = TRUE;
}

/* The text without chips; punctuation left after the last chip ("… chip.") is dropped. */
static char *
item_text (ItemWalker *self)
{
  if (self->chips->len > 0)
    {
      const char *tail = self->text->str + self->text_before_chip;
      gboolean only_punctuation = TRUE;

      for (const char *p = tail; *p != '\0'; p++)
        only_punctuation &= (*p == ' ' || *p == '.' || *p == ',' || *p == ';' ||
                             g_ascii_isspace (*p));
      if (only_punctuation)
        g_string_truncate (self->text, self->text_before_chip);
    }

  return _fw_page_collapse_spaces (self->text->str);
}

/* "Headline — body" or "Headline: body": the body without its leading separator. */
static char *
strip_leading_separator (const char *text)
{
  const char *p = text;

  while (*p == ' ')
    p++;
  if (g_str_has_prefix (p, "\xe2\x80\x94") || g_str_has_prefix (p, "\xe2\x80\x93"))
    p += 3;
  else if (*p == '-' || *p == ':')
    p++;

  return g_strstrip (g_strdup (p));
}

static FwPageItem *
read_item (xmlNode     *li,
           guint        number,
           char       **full_text,
           const char  *filename,
           GError     **error)
{
  g_autoptr(FwPageItem) item = _fw_page_item_new ();
  ItemWalker walker = { 0 };
  gboolean ok;

  walker.root = li;
  walker.line = node_line (li);
  walker.full = g_string_new (NULL);
  walker.text = g_string_new (NULL);
  walker.headline = g_string_new (NULL);
  walker.body = g_string_new (NULL);
  walker.chip_label = g_string_new (NULL);
  walker.chip_hidden = g_string_new (NULL);
  walker.chips = item->chips;

  ok = walk (li, item_enter, item_leave, &walker, filename, error);

  item->number = number;
  item->text = item_text (&walker);
  if (walker.headline_node != NULL)
    {
      item->headline = _fw_page_collapse_spaces (walker.headline->str);
      if (walker.body_node != NULL)
        item->body = _fw_page_collapse_spaces (walker.body->str);
      else if (g_str_has_prefix (item->text, item->headline))
        item->body = strip_leading_separator (item->text + strlen (item->headline));
      if (*item->headline == '\0')
        g_clear_pointer (&item->headline, g_free);
    }
  *full_text = _fw_page_collapse_spaces (walker.full->str);

  g_string_free (walker.full, TRUE);
  g_string_free (walker.text, TRUE);
  g_string_free (walker.headline, TRUE);
  g_string_free (walker.body, TRUE);
  g_string_free (walker.chip_label, TRUE);
  g_string_free (walker.chip_hidden, TRUE);

  return ok ? g_steal_pointer (&item) : NULL;
}

/* ---------------------------------------------------------------------------------------- */
/* The page                                                                                 */

static void
flush_line (Walker *self)
{
  g_autofree char *text = _fw_page_collapse_spaces (self->line->str);
  FwPageLine line = { 0 };

  g_string_truncate (self->line, 0);
  if (*text == '\0')
    return;

  line.line = self->line_number;
  line.text = text;
  _fw_page_parser_feed (self->parser, &line);
}

/* The item's number in an ordered list (0 in any other list). */
static guint
item_number (xmlNode *li)
{
  g_autofree char *start = NULL;
  guint number;

  if (li->parent == NULL || !name_is (li->parent, "ol"))
    return 0;

  start = get_attribute (li->parent, "start");
  number = start != NULL ? (guint) CLAMP (g_ascii_strtoll (start, NULL, 10), 1, 99999) : 1;
  for (xmlNode *p = li->prev; p != NULL; p = p->prev)
    number += name_is (p, "li");

  return number;
}

typedef struct
{
  Walker      *walker;
  const char  *filename;
  GError     **error;
} PageWalker;

static gboolean
emit_item (PageWalker *self,
           xmlNode    *li)
{
  g_autoptr(FwPageItem) item = NULL;
  g_autofree char *full_text = NULL;
  FwPageLine line = { 0 };

  item = read_item (li, item_number (li), &full_text, self->filename, self->error);
  if (item == NULL)
    return FALSE;
  if (*full_text == '\0')
    return TRUE;

  line.line = node_line (li);
  line.text = full_text;
  line.atomic = item->number == 0;
  line.item = item;
  _fw_page_parser_feed (self->walker->parser, &line);

  return TRUE;
}

static gboolean
page_enter (gpointer  data,
            xmlNode  *node)
{
  PageWalker *self = data;
  Walker *walker = self->walker;

  walker->last_line = MAX (walker->last_line, node_line (node));

  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
    {
      if (walker->line->len == 0)
        walker->line_number = node_line (node);
      append_text (walker->line, node);
      return FALSE;
    }

  if (node->type != XML_ELEMENT_NODE)
    return FALSE;

  switch (element_kind (node))
    {
    case KIND_SKIP:
      return FALSE;

    case KIND_BREAK:
      flush_line (walker);
      return FALSE;

    case KIND_ITEM:
      flush_line (walker);
      if (*self->error == NULL && !emit_item (self, node))
        return FALSE;
      return FALSE;

    case KIND_BLOCK:
      flush_line (walker);
      return TRUE;

    case KIND_CELL:
      g_string_append_c (walker->line, ' ');
      return TRUE;

    case KIND_INLINE:
    default:
      return TRUE;
    }
}

static void
page_leave (gpointer  data,
            xmlNode  *node)
{
  PageWalker *self = data;

  if (node->type == XML_ELEMENT_NODE && element_kind (node) == KIND_BLOCK)
    flush_line (self->walker);
}

static xmlParserInputPtr
refuse_entity_loader (const char       *url,
                      const char       *id,
                      xmlParserCtxtPtr  context)
{
  /* Untrusted pages never make the parser read a file or the network. */
  return NULL;
}

/*
 * Parses @data as HTML (always UTF-8: the reader checked it). A fatal parser error stops
 * libxml2 in the middle of the document (elements nested deeper than its limit, which is
 * FW_MAX_HTML_DEPTH too), so it is an error here rather than a silently truncated page.
 */
static htmlDocPtr
parse_html (const char  *data,
            gsize        length,
            const char  *filename,
            GError     **error)
{
  xmlExternalEntityLoader saved;
  htmlParserCtxtPtr context;
  htmlDocPtr document = NULL;

  if (!_fw_page_html_load_libxml2 (error))
    return NULL;

  g_mutex_lock (&parse_lock);
  saved = xmlGetExternalEntityLoader ();
  xmlSetExternalEntityLoader (refuse_entity_loader);

  context = htmlNewParserCtxt ();
  if (context != NULL)
    {
      /* No HTML_PARSE_NOENT: entities are never substituted. */
      document = htmlCtxtReadMemory (context, data, (int) length, NULL, "UTF-8",
                                     HTML_PARSE_NONET | HTML_PARSE_NOERROR |
                                     HTML_PARSE_NOWARNING | HTML_PARSE_COMPACT);
      if (context->lastError.level == XML_ERR_FATAL)
        {
          const char *message = context->lastError.message;
          g_autofree char *reason = g_strstrip (g_strdup (message != NULL ? message : ""));

          if (strstr (reason, "depth") != NULL)
            fw_set_error_at (error, FW_ERROR_PARSE, filename, MAX (context->lastError.line, 0),
                             0, "elements are nested deeper than %d levels",
                             FW_MAX_HTML_DEPTH);
          else
            fw_set_error_at (error, FW_ERROR_PARSE, filename, MAX (context->lastError.line, 0),
                             0, "the HTML cannot be read: %s", reason);
          g_clear_pointer (&document, xmlFreeDoc);
        }
      htmlFreeParserCtxt (context);
    }
  else
    fw_set_error_at (error, FW_ERROR_IO, filename, 0, 0, "cannot create an HTML parser");

  xmlSetExternalEntityLoader (saved);
  g_mutex_unlock (&parse_lock);

  return document;
}

FwDocument *
fw_page_html_read (const char  *data,
                   gsize        length,
                   const char  *filename,
                   GPtrArray   *warnings,
                   GError     **error)
{
  g_autoptr(FwPageWarnings) collected = NULL;
  g_autoptr(FwPageParser) parser = NULL;
  g_autoptr(FwPage) page = NULL;
  g_autoptr(FwDocument) document = NULL;
  g_autoptr(GError) walk_error = NULL;
  htmlDocPtr html;
  Walker walker = { 0 };
  PageWalker page_walker = { &walker, NULL, &walk_error };
  gboolean ok = TRUE;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (filename == NULL)
    filename = "<input>";
  if (data == NULL)
    data = "";
  if (!_fw_page_check_text (data, length, filename, error))
    return NULL;

  collected = _fw_page_warnings_new (filename);
  parser = _fw_page_parser_new (filename, collected);
  walker.parser = parser;
  walker.line = g_string_new (NULL);
  page_walker.filename = filename;

  html = length > 0 ? parse_html (data, length, filename, &walk_error) : NULL;
  if (walk_error != NULL)
    ok = FALSE;
  else if (html != NULL)
    {
      xmlNode *root = xmlDocGetRootElement (html);

      if (root != NULL)
        {
          /* The root element itself is a block; walk() visits its descendants. */
          ok = check_depth (root, filename, &walk_error) &&
               walk (root, page_enter, page_leave, &page_walker, filename, &walk_error) &&
               walk_error == NULL;
          flush_line (&walker);
        }
      xmlFreeDoc (html);
    }
  g_string_free (walker.line, TRUE);

  if (!ok)
    {
      g_propagate_error (error, g_steal_pointer (&walk_error));
      return NULL;
    }

  page = _fw_page_parser_finish (parser, MAX (walker.last_line, 1), error);
  if (page == NULL)
    return NULL;

  document = _fw_page_build (page, filename, collected, error);
  if (document == NULL)
    return NULL;

  _fw_page_warnings_flush (collected, warnings);
  return g_steal_pointer (&document);
}
