/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "fw-uuid.h"

#define UUID_BYTES 16
#define UUID_TEXT_LENGTH 36

gboolean
fw_uuid_is_valid (const char *text)
{
  if (text == NULL || strlen (text) != UUID_TEXT_LENGTH)
    return FALSE;

  for (guint i = 0; i < UUID_TEXT_LENGTH; i++)
    {
      gboolean dash = (i == 8 || i == 13 || i == 18 || i == 23);

      if (dash ? text[i] != '-' : !g_ascii_isxdigit (text[i]))
        return FALSE;
    }

  return TRUE;
}

static void
uuid_parse (const char *text,
            guint8      bytes[UUID_BYTES])
{
  guint n = 0;

  for (guint i = 0; text[i] != '\0' && n < UUID_BYTES; i++)
    {
      if (text[i] == '-')
        continue;
      bytes[n++] = (g_ascii_xdigit_value (text[i]) << 4) | g_ascii_xdigit_value (text[i + 1]);
      i++;
    }
}

char *
fw_uuid_v5 (const char *namespace_uuid,
            const char *name)
{
  g_autoptr(GChecksum) checksum = NULL;
  guint8 space[UUID_BYTES];
  guint8 digest[20];
  gsize digest_length = sizeof digest;

  g_return_val_if_fail (name != NULL, NULL);

  if (!fw_uuid_is_valid (namespace_uuid))
    return NULL;

  uuid_parse (namespace_uuid, space);
  checksum = g_checksum_new (G_CHECKSUM_SHA1);
  g_checksum_update (checksum, space, UUID_BYTES);
  g_checksum_update (checksum, (const guchar *) name, strlen (name));
  g_checksum_get_digest (checksum, digest, &digest_length);

  /* RFC 4122 4.3: version 5 in the high nibble of byte 6, variant 10 in byte 8. */
  digest[6] = (digest[6] & 0x0f) | 0x50;
  digest[8] = (digest[8] & 0x3f) | 0x80;

  return g_strdup_printf ("%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-"
                          "%02x%02x%02x%02x%02x%02x",
                          digest[0], digest[1], digest[2], digest[3], digest[4], digest[5],
                          digest[6], digest[7], digest[8], digest[9], digest[10], digest[11],
                          digest[12], digest[13], digest[14], digest[15]);
}

gboolean
fw_date_time_is_valid (const char *text)
{
  g_autoptr(GDateTime) parsed = NULL;

  /* GLib also takes week dates and a space for the T: RFC 3339 wants YYYY-MM-DDTHH:MM. */
  if (text == NULL || strlen (text) < 20 || text[4] != '-' || text[7] != '-' || text[10] != 'T'
      || text[13] != ':')
    return FALSE;

  parsed = g_date_time_new_from_iso8601 (text, NULL);
  return parsed != NULL;
}
