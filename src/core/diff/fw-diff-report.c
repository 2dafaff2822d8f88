/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "fw-diff-private.h"
#include "fw-diff-report.h"
#include "fw-json.h"

#define ANSI_RESET    "\033[0m"
#define ANSI_HEADER   "\033[36m"
#define ANSI_OLD      "\033[31m"
#define ANSI_NEW      "\033[32m"
#define ANSI_OLD_WORD "\033[1;37;41m"
#define ANSI_NEW_WORD "\033[1;30;42m"

static const char *
subject_to_string (FwChangeSubject subject)
{
  static const char * const names[] = {
    "statement", "metadata", "domain", "evidence", "onet", "source", "conflict", "correction"
  };

  return subject < G_N_ELEMENTS (names) ? names[subject] : "item";
}

static char *
describe_kind (const FwChange *change)
{
  g_autoptr(GString) text = g_string_new (fw_change_kind_to_string (change->kind));

  if (change->fields->len > 0)
    {
      g_string_append (text, ": ");
      for (guint i = 0; i < change->fields->len; i++)
        g_string_append_printf (text, "%s%s", i > 0 ? ", " : "",
                                (char *) g_ptr_array_index (change->fields, i));
    }
  if (change->old_path != NULL && change->kind != FW_CHANGE_REMOVED
      && g_strcmp0 (change->old_path, change->path) != 0)
    g_string_append_printf (text, " (%s %s)", _("was"), change->old_path);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* One side of an edit, its changed words highlighted. */
static void
append_highlighted (GString    *out,
                    GPtrArray  *segments,
                    FwDiffOp    skip,
                    const char *line_color,
                    const char *word_color)
{
  g_string_append (out, line_color);
  for (guint i = 0; i < segments->len; i++)
    {
      FwDiffSegment *segment = g_ptr_array_index (segments, i);

      if (segment->op == skip)
        continue;
      if (segment->op == FW_DIFF_EQUAL)
        g_string_append (out, segment->text);
      else
        g_string_append_printf (out, "%s%s" ANSI_RESET "%s", word_color, segment->text,
                                line_color);
    }
  g_string_append (out, ANSI_RESET "\n");
}

static void
append_text_change (GString        *out,
                    const FwChange *change,
                    gboolean        color)
{
  g_autofree char *kind = describe_kind (change);
  gboolean edited = change->old_text != NULL && change->new_text != NULL
                    && g_strcmp0 (change->old_text, change->new_text) != 0;
  gboolean same_name = g_strcmp0 (change->path, change->id) == 0;

  /* Items named by their path need no second name. */
  g_string_append_printf (out, "%s@@ %s%s%s %s @@%s\n", color ? ANSI_HEADER : "", change->path,
                          same_name ? "" : " ", same_name ? "" : change->id, kind,
                          color ? ANSI_RESET : "");

  if (edited && color)
    {
      g_autoptr(GPtrArray) segments = fw_diff_words (change->old_text, change->new_text);

      g_string_append_c (out, '-');
      append_highlighted (out, segments, FW_DIFF_INSERT, ANSI_OLD, ANSI_OLD_WORD);
      g_string_append_c (out, '+');
      append_highlighted (out, segments, FW_DIFF_DELETE, ANSI_NEW, ANSI_NEW_WORD);
    }
  else if (edited || change->old_text == NULL || change->new_text == NULL)
    {
      if (change->old_text != NULL)
        g_string_append_printf (out, "%s-%s%s\n", color ? ANSI_OLD : "", change->old_text,
                                color ? ANSI_RESET : "");
      if (change->new_text != NULL)
        g_string_append_printf (out, "%s+%s%s\n", color ? ANSI_NEW : "", change->new_text,
                                color ? ANSI_RESET : "");
    }
  else
    g_string_append_printf (out, " %s\n", change->new_text);

  for (guint i = 0; i < change->citations_removed->len; i++)
    g_string_append_printf (out, "-%s %s\n", _("cites"),
                            (char *) g_ptr_array_index (change->citations_removed, i));
  for (guint i = 0; i < change->citations_added->len; i++)
    g_string_append_printf (out, "+%s %s\n", _("cites"),
                            (char *) g_ptr_array_index (change->citations_added, i));
  if (fw_change_has_field (change, "note") && change->subject == FW_CHANGE_STATEMENT)
    {
      const char *old_note = fw_statement_get_note (change->old_statement);
      const char *new_note = fw_statement_get_note (change->new_statement);

      if (old_note != NULL)
        g_string_append_printf (out, "-%s %s\n", _("note:"), old_note);
      if (new_note != NULL)
        g_string_append_printf (out, "+%s %s\n", _("note:"), new_note);
    }
}

char *
fw_diff_format_text (GPtrArray  *changes,
                     const char *old_name,
                     const char *new_name,
                     gboolean    color)
{
  GString *out;

  g_return_val_if_fail (changes != NULL, NULL);

  out = g_string_new (NULL);
  if (changes->len == 0)
    return g_string_free (out, FALSE);

  g_string_append_printf (out, "%s--- %s\n+++ %s%s\n", color ? "\033[1m" : "", old_name, new_name,
                          color ? ANSI_RESET : "");
  for (guint i = 0; i < changes->len; i++)
    append_text_change (out, g_ptr_array_index (changes, i), color);

  return g_string_free (out, FALSE);
}

static void
add_string_array (JsonBuilder *builder,
                  const char  *member,
                  GPtrArray   *strings)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; i < strings->len; i++)
    json_builder_add_string_value (builder, g_ptr_array_index (strings, i));
  json_builder_end_array (builder);
}

static void
add_optional_string (JsonBuilder *builder,
                     const char  *member,
                     const char  *value)
{
  json_builder_set_member_name (builder, member);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

char *
fw_diff_format_json (GPtrArray *changes)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  GString *out;

  g_return_val_if_fail (changes != NULL, NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "changes");
  json_builder_begin_array (builder);
  for (guint i = 0; i < changes->len; i++)
    {
      const FwChange *change = g_ptr_array_index (changes, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "kind");
      json_builder_add_string_value (builder, fw_change_kind_to_string (change->kind));
      json_builder_set_member_name (builder, "subject");
      json_builder_add_string_value (builder, subject_to_string (change->subject));
      json_builder_set_member_name (builder, "path");
      json_builder_add_string_value (builder, change->path);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, change->id);
      add_optional_string (builder, "old", change->old_text);
      add_optional_string (builder, "new", change->new_text);
      add_string_array (builder, "fields", change->fields);
      if (change->old_path != NULL && g_strcmp0 (change->old_path, change->path) != 0)
        add_optional_string (builder, "oldPath", change->old_path);
      if (change->new_id != NULL)
        add_optional_string (builder, "newId", change->new_id);
      if (change->citations_added->len > 0)
        add_string_array (builder, "citationsAdded", change->citations_added);
      if (change->citations_removed->len > 0)
        add_string_array (builder, "citationsRemoved", change->citations_removed);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  out = g_string_new (NULL);
  fw_json_write (out, root, TRUE);
  g_string_append_c (out, '\n');
  return g_string_free (out, FALSE);
}

void
_fw_diff_xhtml_append_escaped (GString    *out,
                               const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text != NULL ? text : "", -1);

  g_string_append (out, escaped);
}

static void
append_escaped (GString    *out,
                const char *text)
{
  _fw_diff_xhtml_append_escaped (out, text);
}

void
_fw_diff_xhtml_append_side (GString    *out,
                            GPtrArray  *segments,
                            FwDiffOp    skip,
                            const char *klass,
                            const char *tag)
{
  g_string_append_printf (out, "<p class=\"%s\">", klass);
  for (guint i = 0; i < segments->len; i++)
    {
      FwDiffSegment *segment = g_ptr_array_index (segments, i);

      if (segment->op == skip)
        continue;
      if (segment->op != FW_DIFF_EQUAL)
        g_string_append_printf (out, "<%s>", tag);
      append_escaped (out, segment->text);
      if (segment->op != FW_DIFF_EQUAL)
        g_string_append_printf (out, "</%s>", tag);
    }
  g_string_append (out, "</p>\n");
}

static void
append_xhtml_change (GString        *out,
                     const FwChange *change)
{
  g_autofree char *kind = describe_kind (change);

  g_string_append_printf (out, "<li class=\"%s\">\n<p class=\"where\"><code>",
                          fw_change_kind_to_string (change->kind));
  append_escaped (out, change->path);
  g_string_append (out, "</code> <code>");
  append_escaped (out, change->id);
  g_string_append (out, "</code> ");
  append_escaped (out, kind);
  g_string_append (out, "</p>\n");

  if (change->old_text != NULL && change->new_text != NULL)
    {
      g_autoptr(GPtrArray) segments = fw_diff_words (change->old_text, change->new_text);

      _fw_diff_xhtml_append_side (out, segments, FW_DIFF_INSERT, "old", "del");
      _fw_diff_xhtml_append_side (out, segments, FW_DIFF_DELETE, "new", "ins");
    }
  else if (change->old_text != NULL)
    {
      g_string_append (out, "<p class=\"old\"><del>");
      append_escaped (out, change->old_text);
      g_string_append (out, "</del></p>\n");
    }
  else if (change->new_text != NULL)
    {
      g_string_append (out, "<p class=\"new\"><ins>");
      append_escaped (out, change->new_text);
      g_string_append (out, "</ins></p>\n");
    }

  for (guint i = 0; i < change->citations_removed->len; i++)
    {
      g_string_append_printf (out, "<p class=\"old\">%s <del>", _("No longer cites"));
      append_escaped (out, g_ptr_array_index (change->citations_removed, i));
      g_string_append (out, "</del></p>\n");
    }
  for (guint i = 0; i < change->citations_added->len; i++)
    {
      g_string_append_printf (out, "<p class=\"new\">%s <ins>", _("Now cites"));
      append_escaped (out, g_ptr_array_index (change->citations_added, i));
      g_string_append (out, "</ins></p>\n");
    }
  g_string_append (out, "</li>\n");
}

/* The head of a change report, and its heading and count. */
GString *
_fw_diff_xhtml_begin (const char *title,
                      const char *count)
{
  GString *out = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n"
                               "<html xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n"
                               "<meta charset=\"UTF-8\"/>\n<title>");

  _fw_diff_xhtml_append_escaped (out, title);
  g_string_append (out, "</title>\n<style>\n"
                   "ins { background: #c8f0c8; text-decoration: none; }\n"
                   "del { background: #f8c8c8; }\n"
                   "li { margin-bottom: 1em; }\n"
                   ".where { font-weight: bold; }\n"
                   "</style>\n</head>\n<body>\n<h1>");
  _fw_diff_xhtml_append_escaped (out, title);
  g_string_append (out, "</h1>\n<p>");
  _fw_diff_xhtml_append_escaped (out, count);
  g_string_append (out, "</p>\n");
  return out;
}

char *
fw_diff_format_xhtml (GPtrArray  *changes,
                      const char *old_name,
                      const char *new_name)
{
  g_autofree char *title = NULL;
  g_autofree char *count = NULL;
  GString *out;

  g_return_val_if_fail (changes != NULL, NULL);

  title = g_strdup_printf (_("Changes from %s to %s"), old_name, new_name);
  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u change", "%u changes", changes->len),
                           changes->len);

  out = _fw_diff_xhtml_begin (title, count);
  if (changes->len > 0)
    {
      g_string_append (out, "<ol class=\"changes\">\n");
      for (guint i = 0; i < changes->len; i++)
        append_xhtml_change (out, g_ptr_array_index (changes, i));
      g_string_append (out, "</ol>\n");
    }
  g_string_append (out, "</body>\n</html>\n");

  return g_string_free (out, FALSE);
}
