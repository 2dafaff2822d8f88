/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "fw-cli-private.h"
#include "fw-map-conflicts.h"
#include "fw-map-diff.h"
#include "fw-map-file.h"
#include "fw-map-merge.h"

/* A .fwmap by its extension, or by the format marker near the start of the file. */
gboolean
fw_cli_is_map_file (const char *path)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  char head[512];
  gsize length = 0;

  if (g_str_has_suffix (path, ".fwmap"))
    return TRUE;
  if (g_str_equal (path, "-"))
    return FALSE;
  file = g_file_new_for_path (path);
  stream = g_file_read (file, NULL, NULL);
  if (stream == NULL
      || !g_input_stream_read_all (G_INPUT_STREAM (stream), head, sizeof head - 1, &length,
                                   NULL, NULL))
    return FALSE;
  head[length] = '\0';
  return strstr (head, "\"" FW_MAP_FORMAT_MARKER "\"") != NULL;
}

static FwMap *
read_map (const char *path)
{
  g_autoptr(GError) error = NULL;
  FwMap *map = fw_map_read_file (path, &error);

  if (map == NULL)
    fw_cli_print_error (error);
  return map;
}

int
fw_cli_diff_maps (const char *old_path,
                  const char *new_path,
                  const char *format)
{
  g_autoptr(FwMap) old_map = NULL;
  g_autoptr(FwMap) new_map = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *report = NULL;

  old_map = read_map (old_path);
  if (old_map == NULL)
    return FW_CLI_EXIT_FAILURE;
  new_map = read_map (new_path);
  if (new_map == NULL)
    return FW_CLI_EXIT_FAILURE;

  changes = fw_map_diff (old_map, new_map);
  if (g_str_equal (format, "json"))
    report = fw_map_diff_format_json (changes);
  else if (g_str_equal (format, "xhtml"))
    report = fw_map_diff_format_xhtml (changes, old_path, new_path);
  else
    report = fw_map_diff_format_text (changes, old_path, new_path);
  fputs (report, stdout);
  if (!fw_cli_flush_stdout ())
    return FW_CLI_EXIT_FAILURE;
  return changes->len == 0 ? FW_CLI_EXIT_SUCCESS : FW_CLI_EXIT_INVALID;
}

int
fw_cli_show_map (const char *path)
{
  g_autoptr(FwMap) map = read_map (path);
  g_autofree char *text = NULL;

  if (map == NULL)
    return FW_CLI_EXIT_FAILURE;
  text = fw_map_render_text (map);
  fputs (text, stdout);
  return fw_cli_flush_stdout () ? FW_CLI_EXIT_SUCCESS : FW_CLI_EXIT_FAILURE;
}

/* Conflicts are recorded in OUTPUT (ours kept), named on stderr, and exit 1. */
int
fw_cli_merge_maps (const char *base_path,
                   const char *our_path,
                   const char *their_path,
                   const char *output)
{
  g_autoptr(FwMap) base = NULL;
  g_autoptr(FwMap) ours = NULL;
  g_autoptr(FwMap) theirs = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *conflicts;
  guint n_conflicts, n_items;

  base = read_map (base_path);
  if (base == NULL)
    return FW_CLI_EXIT_FAILURE;
  ours = read_map (our_path);
  if (ours == NULL)
    return FW_CLI_EXIT_FAILURE;
  theirs = read_map (their_path);
  if (theirs == NULL)
    return FW_CLI_EXIT_FAILURE;

  n_conflicts = fw_map_merge (base, ours, theirs);
  if (g_str_equal (output, "-"))
    {
      g_autoptr(GBytes) bytes = fw_map_write (ours);
      gsize size;
      const char *data = g_bytes_get_data (bytes, &size);

      fwrite (data, 1, size, stdout);
      if (!fw_cli_flush_stdout ())
        return FW_CLI_EXIT_FAILURE;
    }
  else if (!fw_map_save (ours, output, &error))
    {
      fw_cli_print_error (error);
      return FW_CLI_EXIT_FAILURE;
    }

  /* The conflicts of this merge are the last ones recorded. */
  conflicts = G_LIST_MODEL (fw_map_get_conflicts (ours));
  n_items = g_list_model_get_n_items (conflicts);
  for (guint i = n_items - n_conflicts; i < n_items; i++)
    {
      g_autoptr(FwConflict) conflict = g_list_model_get_item (conflicts, i);
      g_autofree char *message = fw_map_describe_conflict (conflict);

      fprintf (stderr, _("%s: %s; kept ours; run “framewright-cli map validate” or open "
                         "the map to resolve it"), output, message);
      fputc ('\n', stderr);
    }
  return n_conflicts == 0 ? FW_CLI_EXIT_SUCCESS : FW_CLI_EXIT_INVALID;
}
