/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "fw-types.h"

#define FW_ID_HEX_LENGTH 12

static const char * const level_keys[FW_N_LEVELS] = {
  "emerging", "developing", "proficient", "advanced",
};

static const char * const level_labels[FW_N_LEVELS] = {
  "Emerging", "Developing", "Proficient", "Advanced",
};

static const char * const level_role_labels[FW_N_LEVELS] = {
  "Entry / Apprentice",
  "Mid-level / Established",
  "Senior / Expert IC",
  "Lead / Principal / Executive",
};

static const char * const durable_keys[FW_N_DURABLE_LEVELS] = {
  "emerging", "developing", "applying", "exceeding",
};

static const char * const durable_labels[FW_N_DURABLE_LEVELS] = {
  "Emerging", "Developing", "Applying", "Exceeding",
};

const char *
fw_level_key_to_string (FwLevelKey key)
{
  g_return_val_if_fail ((guint) key < FW_N_LEVELS, NULL);

  return level_keys[key];
}

gboolean
fw_level_key_from_string (const char *str,
                          FwLevelKey *key)
{
  g_return_val_if_fail (str != NULL, FALSE);

  for (guint i = 0; i < FW_N_LEVELS; i++)
    {
      if (strcmp (str, level_keys[i]) == 0)
        {
          if (key != NULL)
            *key = i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
fw_level_key_default_label (FwLevelKey key)
{
  g_return_val_if_fail ((guint) key < FW_N_LEVELS, NULL);

  return level_labels[key];
}

const char *
fw_level_key_default_role_label (FwLevelKey key)
{
  g_return_val_if_fail ((guint) key < FW_N_LEVELS, NULL);

  return level_role_labels[key];
}

const char *
fw_durable_level_to_string (FwDurableLevel level)
{
  g_return_val_if_fail ((guint) level < FW_N_DURABLE_LEVELS, NULL);

  return durable_keys[level];
}

gboolean
fw_durable_level_from_string (const char     *str,
                              FwDurableLevel *level)
{
  g_return_val_if_fail (str != NULL, FALSE);

  for (guint i = 0; i < FW_N_DURABLE_LEVELS; i++)
    {
      if (strcmp (str, durable_keys[i]) == 0)
        {
          if (level != NULL)
            *level = i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
fw_durable_level_default_label (FwDurableLevel level)
{
  g_return_val_if_fail ((guint) level < FW_N_DURABLE_LEVELS, NULL);

  return durable_labels[level];
}

char *
fw_id_new_random (const char *prefix)
{
  guint32 high;
  guint32 low;

  g_return_val_if_fail (prefix != NULL, NULL);

  /* 48 random bits give 12 hex digits. */
  high = g_random_int ();
  low = g_random_int () & 0xffff;

  return g_strdup_printf ("%s-%08x%04x", prefix, high, low);
}

char *
fw_id_new_from_seed (const char *prefix,
                     const char *seed)
{
  static const char hex[] = "0123456789abcdef";
  g_autoptr(GChecksum) checksum = NULL;
  guint8 digest[32];
  gsize digest_length = sizeof digest;
  gsize prefix_length;
  char *id;

  g_return_val_if_fail (prefix != NULL, NULL);
  g_return_val_if_fail (seed != NULL, NULL);

  /* The first FW_ID_HEX_LENGTH hex digits of the seed's SHA-256, without the full hex string:
   * importers derive one id per statement, so this is on every reader's path. */
  checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_checksum_update (checksum, (const guchar *) seed, strlen (seed));
  g_checksum_get_digest (checksum, digest, &digest_length);
  g_assert (digest_length * 2 >= FW_ID_HEX_LENGTH);

  prefix_length = strlen (prefix);
  id = g_malloc (prefix_length + 1 + FW_ID_HEX_LENGTH + 1);
  memcpy (id, prefix, prefix_length);
  id[prefix_length] = '-';
  for (guint i = 0; i < FW_ID_HEX_LENGTH; i++)
    id[prefix_length + 1 + i] = hex[(digest[i / 2] >> ((i % 2) ? 0 : 4)) & 0xf];
  id[prefix_length + 1 + FW_ID_HEX_LENGTH] = '\0';

  return id;
}
