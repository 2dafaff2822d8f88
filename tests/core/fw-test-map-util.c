/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include "fw-formats.h"
#include "fw-map-framework.h"
#include "fw-map-import.h"
#include "fw-test-map-util.h"

char *
map_data_path (const char *name)
{
  const char *dir = g_getenv ("FW_TEST_DATA");

  return g_build_filename (dir != NULL ? dir : "tests/data", "map", name, NULL);
}

static FwDocument *
read_framework (const char *path)
{
  g_autoptr(GError) error = NULL;
  FwDocument *document = fw_format_read_file (path, FW_FORMAT_FWK, NULL, &error);

  g_assert_no_error (error);
  return document;
}

FwDocument *
map_sample_framework (void)
{
  const char *dir = g_getenv ("FW_DATA_DIR");
  g_autofree char *path = g_build_filename (dir != NULL ? dir : "data", "samples",
                                            "radiologic-technologists.fwk", NULL);

  return read_framework (path);
}

FwDocument *
map_changed_framework (void)
{
  g_autofree char *path = map_data_path ("radiologic-technologists-changed.fwk");

  return read_framework (path);
}

FwMap *
map_radiography (FwDocument *framework)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *program = map_data_path ("radiography-program.csv");
  g_autofree char *mappings = map_data_path ("radiography-mappings.csv");
  FwMap *map = fw_map_new ();

  fw_map_bind_framework (map, framework, "radiologic-technologists.fwk");
  g_object_set (map, "name", "Radiography AAS", NULL);
  fw_map_import_program_file (map, program, FW_MAP_SOURCE_AUTO, &error);
  g_assert_no_error (error);
  fw_map_import_mappings_file (map, framework, mappings, &error);
  g_assert_no_error (error);
  return map;
}
