/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * Replays every input the fuzzers ever found (every file under tests/data/fuzz-crashes) and
 * every known bad file (under tests/data/bad) through all readers: each format in turn, and
 * detection. None may crash, leak or warn; each ends in a document or in an FW_ERROR whose
 * message starts with the file name. A document must also write, as .fwk and as NSX,
 * without a critical. The curriculum map reader gets every input too.
 */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "fw-error.h"
#include "fw-formats.h"
#include "fw-map-file.h"

static const FwFormat all_formats[] = {
  FW_FORMAT_AUTO,
  FW_FORMAT_FWK,
  FW_FORMAT_NSX_JSON,
  FW_FORMAT_PAGE_TEXT,
  FW_FORMAT_PAGE_HTML,
  FW_FORMAT_CASE,
  FW_FORMAT_CSV,
};

static char *
test_data_dir (void)
{
  const char *dir = g_getenv ("FW_TEST_DATA");

  if (dir == NULL)
    g_error ("FW_TEST_DATA is not set; run the tests through meson");

  return g_strdup (dir);
}

/* Every regular file under @dir, as paths relative to @base, sorted. */
static void
collect_files (const char *base,
               const char *relative,
               GPtrArray  *files)
{
  g_autofree char *path = g_build_filename (base, relative, NULL);
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (relative, name, NULL);
      g_autofree char *child_path = g_build_filename (base, child, NULL);

      if (g_file_test (child_path, G_FILE_TEST_IS_DIR))
        collect_files (base, child, files);
      else if (g_file_test (child_path, G_FILE_TEST_IS_REGULAR) && name[0] != '.'
               && !g_str_equal (name, "README"))
        g_ptr_array_add (files, g_steal_pointer (&child));
    }
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static void
check_document_writes (FwDocument *document)
{
  g_autoptr(GBytes) native = NULL;
  g_autoptr(GBytes) nsx = NULL;
  g_autoptr(GError) error = NULL;
  FwWriteOptions options = { "2026-01-01T00:00:00.000Z" };

  native = fw_format_write (document, FW_FORMAT_FWK, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (native);

  /* NSX refuses, naming it, a statement no NSX line can hold (a line break, a one-letter
   * headline), which other formats can carry; anything else must write. */
  nsx = fw_format_write (document, FW_FORMAT_NSX_JSON, &options, &error);
  if (nsx == NULL)
    {
      g_assert_error (error, FW_ERROR, FW_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, "NSX"));
      g_clear_error (&error);
    }

  /* Every other writer takes whatever a reader made, too. */
  for (FwFormat format = FW_FORMAT_CASE; format <= FW_FORMAT_MOODLE_CSV; format++)
    {
      g_autoptr(GBytes) bytes = fw_format_write (document, format, NULL, &error);

      g_assert_no_error (error);
      g_assert_nonnull (bytes);
    }
}

static void
replay_map (GBytes     *bytes,
            const char *relative,
            const char *prefix)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FwMap) map = NULL;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  g_test_message ("%s as a curriculum map", relative);
  map = fw_map_read_bytes (data != NULL ? data : "", length, relative, &error);
  if (map != NULL)
    {
      g_autoptr(GBytes) written = fw_map_write (map);

      g_assert_no_error (error);
      g_assert_nonnull (written);
      return;
    }

  if (error->domain != FW_ERROR || !g_str_has_prefix (error->message, prefix))
    g_error ("%s as a map: expected an FW_ERROR starting with “%s”, got %s", relative, prefix,
             error->message);
}

static void
replay (const char *base,
        const char *relative)
{
  g_autofree char *path = g_build_filename (base, relative, NULL);
  g_autofree char *prefix = g_strconcat (relative, ":", NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;
  g_autoptr(GBytes) bytes = NULL;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  bytes = g_bytes_new_take (contents, length);

  for (guint i = 0; i < G_N_ELEMENTS (all_formats); i++)
    {
      g_autoptr(GPtrArray) warnings = NULL;
      g_autoptr(FwDocument) document = NULL;
      g_autoptr(GError) read_error = NULL;

      warnings = g_ptr_array_new_with_free_func ((GDestroyNotify) fw_diagnostic_free);
      g_test_message ("%s as %s", relative, fw_format_to_string (all_formats[i]));
      document = fw_format_read_bytes (bytes, relative, all_formats[i], warnings, &read_error);

      if (document != NULL)
        {
          g_assert_no_error (read_error);
          check_document_writes (document);
          continue;
        }

      g_assert_nonnull (read_error);
      if (read_error->domain != FW_ERROR || !g_str_has_prefix (read_error->message, prefix))
        g_error ("%s as %s: expected an FW_ERROR starting with “%s”, got %s: %s", relative,
                 fw_format_to_string (all_formats[i]), prefix,
                 g_quark_to_string (read_error->domain), read_error->message);
    }

  replay_map (bytes, relative, prefix);
}

static void
test_replay (gconstpointer user_data)
{
  const char *subdir = user_data;
  g_autofree char *base = test_data_dir ();
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);

  collect_files (base, subdir, files);
  g_ptr_array_sort (files, compare_paths);

  if (files->len == 0)
    {
      g_test_skip ("no inputs to replay");
      return;
    }

  for (guint i = 0; i < files->len; i++)
    replay (base, g_ptr_array_index (files, i));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_data_func ("/fuzz-regressions/fuzz-crashes", "fuzz-crashes", test_replay);
  g_test_add_data_func ("/fuzz-regressions/bad", "bad", test_replay);

  return g_test_run ();
}
