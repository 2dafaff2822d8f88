/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * libFuzzer target for the .fwmap reader.
 *
 * Every input must end in a map or an FW_ERROR whose message starts with the file name. A
 * map must write back, read again, and write the same bytes; and a report on it (against an
 * empty framework: every mapping is then stale) must not crash.
 */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fw-error.h"
#include "fw-map-file.h"
#include "fw-map-report.h"
#include "fuzz-common.h"

#define FUZZ_FILENAME "fuzz.fwmap"
#define ROUNDTRIP_FILENAME "roundtrip.fwmap"

static void
check_roundtrip (FwMap *map)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) written = fw_map_write (map);
  g_autoptr(GBytes) rewritten = NULL;
  g_autoptr(FwMap) reread = NULL;
  gsize length;
  const char *data = g_bytes_get_data (written, &length);

  reread = fw_map_read_bytes (data, length, ROUNDTRIP_FILENAME, &error);
  if (reread == NULL)
    fuzz_fail ("could not read back what was written", error->message);

  rewritten = fw_map_write (reread);
  if (!g_bytes_equal (written, rewritten))
    fuzz_fail ("writing, reading and writing again changed the file", NULL);
}

static void
check_report (FwMap *map)
{
  g_autoptr(FwDocument) framework = fw_document_new ();
  g_autoptr(FwMapReport) report = fw_map_report_new (map, framework, 2);
  g_autoptr(GBytes) text = fw_map_report_write (report, map, framework, FW_MAP_REPORT_TEXT);
  g_autoptr(GBytes) json = fw_map_report_write (report, map, framework, FW_MAP_REPORT_JSON);
  g_autoptr(GBytes) csv = fw_map_report_write (report, map, framework, FW_MAP_REPORT_CSV);

  if (report->stale->len > report->n_mappings)
    fuzz_fail ("more stale statements than mappings", NULL);
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(FwMap) map = NULL;
  g_autoptr(GError) error = NULL;

  map = fw_map_read_bytes ((const char *) data, size, FUZZ_FILENAME, &error);
  if (map == NULL)
    {
      fuzz_check_error (error, FUZZ_FILENAME);
      return 0;
    }

  if (error != NULL)
    fuzz_fail ("reader returned a map and an error", error->message);

  check_roundtrip (map);
  check_report (map);
  return 0;
}
