/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "fw-error.h"
#include "fw-formats.h"
#include "fw-format-readers.h"
#include "fw-io.h"
#include "fw-utf8.h"
#include "fw-xlsx.h"

/* How far into a file the format detection looks for markers such as "<html". */
#define DETECT_WINDOW 4096

static const struct
{
  FwFormat    format;
  const char *name;
} format_names[] = {
  { FW_FORMAT_AUTO, "auto" },
  { FW_FORMAT_FWK, "fwk" },
  { FW_FORMAT_NSX_JSON, "nsx-json" },
  { FW_FORMAT_PAGE_TEXT, "page-text" },
  { FW_FORMAT_PAGE_HTML, "page-html" },
  { FW_FORMAT_CASE, "case-1.0" },
  { FW_FORMAT_CSV, "csv" },
  { FW_FORMAT_CANVAS_CSV, "canvas-csv" },
  { FW_FORMAT_MOODLE_CSV, "moodle-csv" },
  { FW_FORMAT_XLSX, "xlsx" },
};

/* The header our CSV writer puts first, which detection recognises. */
#define CSV_HEADER_START "id,section,domain,level,"


/* File signatures of common binary formats, so that a picked-up image gets a clear message. */
static const struct
{
  const char *magic;
  gsize       length;
  const char *what;
} binary_signatures[] = {
  { "\x89PNG\r\n\x1a\n", 8, "a PNG image" },
  { "\xff\xd8\xff", 3, "a JPEG image" },
  { "GIF87a", 6, "a GIF image" },
  { "GIF89a", 6, "a GIF image" },
  { "%PDF-", 5, "a PDF document" },
  { "PK\x03\x04", 4, "a ZIP archive (or an office document)" },
  { "\x1f\x8b", 2, "a gzip archive" },
  { "\x7f" "ELF", 4, "a program" },
};

const char *
fw_format_to_string (FwFormat format)
{
  for (guint i = 0; i < G_N_ELEMENTS (format_names); i++)
    {
      if (format_names[i].format == format)
        return format_names[i].name;
    }

  g_return_val_if_reached (NULL);
}

gboolean
fw_format_from_string (const char *str,
                       FwFormat   *format)
{
  g_return_val_if_fail (str != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (format_names); i++)
    {
      if (strcmp (str, format_names[i].name) == 0)
        {
          if (format != NULL)
            *format = format_names[i].format;
          return TRUE;
        }
    }

  return FALSE;
}

static FwFormat
format_from_extension (const char *filename)
{
  g_autofree char *lower = NULL;

  if (filename == NULL)
    return FW_FORMAT_AUTO;

  lower = g_ascii_strdown (filename, -1);

  if (g_str_has_suffix (lower, ".fwk"))
    return FW_FORMAT_FWK;
  if (g_str_has_suffix (lower, ".json"))
    return FW_FORMAT_NSX_JSON;
  if (g_str_has_suffix (lower, ".html") || g_str_has_suffix (lower, ".htm"))
    return FW_FORMAT_PAGE_HTML;
  if (g_str_has_suffix (lower, ".txt"))
    return FW_FORMAT_PAGE_TEXT;
  if (g_str_has_suffix (lower, ".csv"))
    return FW_FORMAT_CSV;

  return FW_FORMAT_AUTO;
}

/* Skips a JSON string starting at the quote at *pos; leaves *pos after the closing quote. */
static void
skip_json_string (const char *data,
                  gsize       length,
                  gsize      *pos,
                  gsize      *start,
                  gsize      *end)
{
  gsize i = *pos + 1;

  *start = i;
  /* Jump from quote to quote; a quote after an odd run of backslashes is escaped. */
  for (;;)
    {
      const char *quote = i < length ? memchr (data + i, '"', length - i) : NULL;
      gsize backslashes = 0;

      if (quote == NULL)
        {
          i = length;
          break;
        }
      i = quote - data;
      while (i - backslashes > *start && data[i - backslashes - 1] == '\\')
        backslashes++;
      if (backslashes % 2 == 0)
        break;
      i++;
    }

  *end = MIN (i, length);
  *pos = MIN (i + 1, length);
}

static gboolean
span_equals (const char *data,
             gsize       start,
             gsize       end,
             const char *literal)
{
  gsize n = strlen (literal);

  return end - start == n && memcmp (data + start, literal, n) == 0;
}

/*
 * Looks at the members of the top-level JSON object only, without building a tree, so that
 * detection stays cheap and a statement that merely mentions "schemaVersion" fools nobody.
 * Works on truncated input too: it reports what it saw before the end.
 */
static FwFormat
detect_json_kind (const char *data,
                  gsize       length,
                  gsize       pos)
{
  gboolean saw_schema_version = FALSE;
  gboolean saw_cf_document = FALSE;
  gboolean expect_format_value = FALSE;
  guint depth = 0;

  while (pos < length)
    {
      char c = data[pos];
      gsize start;
      gsize end;

      if (c == '"')
        {
          skip_json_string (data, length, &pos, &start, &end);
          if (depth != 1)
            continue;

          if (expect_format_value)
            {
              if (span_equals (data, start, end, "framewright"))
                return FW_FORMAT_FWK;
              expect_format_value = FALSE;
              continue;
            }

          while (pos < length && g_ascii_isspace (data[pos]))
            pos++;
          if (pos < length && data[pos] == ':')
            {
              if (span_equals (data, start, end, "format"))
                expect_format_value = TRUE;
              else if (span_equals (data, start, end, "schemaVersion"))
                saw_schema_version = TRUE;
              else if (span_equals (data, start, end, "CFDocument"))
                saw_cf_document = TRUE;
            }
          continue;
        }

      if (c == '{' || c == '[')
        depth++;
      else if ((c == '}' || c == ']') && depth > 0)
        depth--;
      else if (c == ',')
        expect_format_value = FALSE;

      pos++;
    }

  if (saw_cf_document)
    return FW_FORMAT_CASE;
  return saw_schema_version ? FW_FORMAT_NSX_JSON : FW_FORMAT_AUTO;
}

static gboolean
window_contains_html (const char *data,
                      gsize       length)
{
  gsize window = MIN (length, DETECT_WINDOW);

  for (gsize i = 0; i + 5 <= window; i++)
    {
      if (data[i] == '<' && g_ascii_strncasecmp (data + i + 1, "html", 4) == 0)
        return TRUE;
    }

  return FALSE;
}

FwFormat
fw_format_detect (const char *data,
                  gsize       length,
                  const char *filename)
{
  FwFormat by_extension;
  gsize pos = 0;

  g_return_val_if_fail (data != NULL || length == 0, FW_FORMAT_PAGE_TEXT);

  by_extension = format_from_extension (filename);

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    pos = 3;
  while (pos < length && g_ascii_isspace (data[pos]))
    pos++;

  if (pos < length && (data[pos] == '{' || data[pos] == '['))
    {
      FwFormat kind = detect_json_kind (data, length, pos);

      if (kind != FW_FORMAT_AUTO)
        return kind;
      /* Some JSON without a telling member: the extension decides between the two. */
      return by_extension == FW_FORMAT_FWK ? FW_FORMAT_FWK : FW_FORMAT_NSX_JSON;
    }

  if ((pos < length && data[pos] == '<') || window_contains_html (data, length))
    return FW_FORMAT_PAGE_HTML;

  if (length - pos >= strlen (CSV_HEADER_START)
      && memcmp (data + pos, CSV_HEADER_START, strlen (CSV_HEADER_START)) == 0)
    return FW_FORMAT_CSV;

  if (by_extension != FW_FORMAT_AUTO)
    return by_extension;

  return FW_FORMAT_PAGE_TEXT;
}

/*
 * The checks every reader needs before it looks at the content, done once here so that the
 * text and HTML readers get them too: not empty, not a known binary format, UTF-8 without NUL.
 */
static gboolean
check_text (const char  *data,
            gsize        length,
            const char  *filename,
            GError     **error)
{
  if (length == 0)
    {
      fw_set_error_at (error, FW_ERROR_PARSE, filename, 1, 1, "file is empty");
      return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (binary_signatures); i++)
    {
      if (length >= binary_signatures[i].length
          && memcmp (data, binary_signatures[i].magic, binary_signatures[i].length) == 0)
        {
          fw_set_error_at (error, FW_ERROR_FORMAT, filename, 1, 1,
                           "this is %s, not a framework document", binary_signatures[i].what);
          return FALSE;
        }
    }

  return fw_utf8_check_text (data, length, filename, "file", error);
}

/* Reads a document from @text, which holds @length bytes followed by a NUL. */
static FwDocument *
read_text (const char  *text,
           gsize        length,
           const char  *filename,
           FwFormat     format,
           GPtrArray   *warnings,
           GError     **error)
{
  g_autoptr(FwDocument) document = NULL;

  if (!check_text (text, length, filename, error))
    return NULL;

  if (format == FW_FORMAT_AUTO)
    format = fw_format_detect (text, length, filename);

  switch (format)
    {
    case FW_FORMAT_FWK:
      document = fw_native_read (text, length, filename, warnings, error);
      break;

    case FW_FORMAT_NSX_JSON:
      document = fw_nsx_read (text, length, filename, warnings, error);
      break;

    case FW_FORMAT_PAGE_TEXT:
      document = fw_page_text_read (text, length, filename, warnings, error);
      break;

    case FW_FORMAT_PAGE_HTML:
      document = fw_page_html_read (text, length, filename, warnings, error);
      break;

    case FW_FORMAT_CASE:
      document = fw_case_read (text, length, filename, warnings, error);
      break;

    case FW_FORMAT_CSV:
      document = fw_csv_read (text, length, filename, warnings, error);
      break;

    case FW_FORMAT_CANVAS_CSV:
    case FW_FORMAT_MOODLE_CSV:
    case FW_FORMAT_XLSX:
      fw_set_error_at (error, FW_ERROR_FORMAT, filename, 0, 0, "%s files cannot be read, only "
                       "written", fw_format_to_string (format));
      return NULL;

    case FW_FORMAT_AUTO:
    default:
      fw_set_error_at (error, FW_ERROR_FORMAT, filename, 0, 0, "unknown input format");
      return NULL;
    }

  if (document == NULL)
    return NULL;

  /* Filling a new document is not an edit: the reader hands over a clean one. */
  fw_history_mark_clean (fw_document_get_history (document));

  return g_steal_pointer (&document);
}

FwDocument *
fw_format_read_bytes (GBytes      *bytes,
                      const char  *filename,
                      FwFormat     format,
                      GPtrArray   *warnings,
                      GError     **error)
{
  g_autofree char *text = NULL;
  const char *data;
  gsize length = 0;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &length);
  /* The readers want text that ends in a NUL; check_text() refuses any NUL inside. */
  text = g_strndup (data != NULL ? data : "", length);

  return read_text (text, length, filename != NULL ? filename : "<input>", format, warnings,
                    error);
}

FwDocument *
fw_format_read_file (const char  *path,
                     FwFormat     format,
                     GPtrArray   *warnings,
                     GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  const char *display_name;
  const char *data;
  gsize length = 0;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  display_name = strcmp (path, "-") == 0 ? "<stdin>" : path;

  bytes = fw_io_load (path, FW_MAX_FILE_SIZE, error);
  if (bytes == NULL)
    return NULL;

  /* fw_io_load() ends the contents in a NUL: no copy. */
  data = g_bytes_get_data (bytes, &length);
  return read_text (data, length, display_name, format, warnings, error);
}

gboolean
fw_format_can_read (FwFormat format)
{
  return format != FW_FORMAT_CANVAS_CSV && format != FW_FORMAT_MOODLE_CSV
         && format != FW_FORMAT_XLSX;
}

gboolean
fw_format_can_write (FwFormat format)
{
  return format != FW_FORMAT_AUTO && format != FW_FORMAT_PAGE_TEXT
         && format != FW_FORMAT_PAGE_HTML;
}

GBytes *
fw_format_write (FwDocument           *document,
                 FwFormat              format,
                 const FwWriteOptions *options,
                 GError              **error)
{
  g_return_val_if_fail (FW_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  switch (format)
    {
    case FW_FORMAT_FWK:
      return fw_native_write (document);

    case FW_FORMAT_NSX_JSON:
      return fw_nsx_write (document, options != NULL ? options->exported_at : NULL, error);

    case FW_FORMAT_CASE:
      return fw_case_write (document, options != NULL ? options->case_base_uri : NULL);

    case FW_FORMAT_CSV:
      return fw_csv_write (document);

    case FW_FORMAT_CANVAS_CSV:
      return fw_canvas_csv_write (document);

    case FW_FORMAT_MOODLE_CSV:
      return fw_moodle_csv_write (document);

    case FW_FORMAT_XLSX:
      return fw_xlsx_write (document, options != NULL ? options->exported_at : NULL,
                            options != NULL ? options->temp_dir : NULL, error);

    case FW_FORMAT_AUTO:
    case FW_FORMAT_PAGE_TEXT:
    case FW_FORMAT_PAGE_HTML:
    default:
      g_set_error (error, FW_ERROR, FW_ERROR_FORMAT,
                   "cannot write format “%s”: it can only be read",
                   fw_format_to_string (format));
      return NULL;
    }
}

gboolean
fw_format_save (FwDocument           *document,
                const char           *path,
                FwFormat              format,
                const FwWriteOptions *options,
                GError              **error)
{
  g_autoptr(GBytes) bytes = NULL;
  const char *data;
  gsize length = 0;

  g_return_val_if_fail (FW_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = fw_format_write (document, format, options, error);
  if (bytes == NULL)
    return FALSE;

  data = g_bytes_get_data (bytes, &length);

  return fw_io_save_atomic (path, data, length, error);
}
