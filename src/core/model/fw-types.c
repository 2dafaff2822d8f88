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
  g_autofree char *digest = NULL;

  g_return_val_if_fail (prefix != NULL, NULL);
  g_return_val_if_fail (seed != NULL, NULL);

  digest = g_compute_checksum_for_string (G_CHECKSUM_SHA256, seed, -1);

  return g_strdup_printf ("%s-%.*s", prefix, FW_ID_HEX_LENGTH, digest);
}
