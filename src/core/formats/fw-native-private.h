/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "fw-document.h"
#include "fw-json-members.h"

G_BEGIN_DECLS

/*
 * Shared by the .fwk format's files: fw-native.c (the format marker, its version and the
 * tables both directions use), fw-native-reader.c and fw-native-writer.c.
 */

#define NATIVE_FORMAT_MARKER "framewright"
#define NATIVE_MAJOR_VERSION 1
#define NATIVE_FORMAT_VERSION "1.0"

/* splitConfidence is written rounded to this fraction. */
#define SPLIT_CONFIDENCE_SCALE 1000.0

/* The extras entry that remembers a newer minor formatVersion, so a save keeps it. */
#define EXTRAS_FORMAT_KEY "format"

typedef struct
{
  FwJsonReader  base;
  FwDocument   *document;
  GHashTable   *extras;
  GHashTable   *statement_ids;
  GHashTable   *item_ids;       /* ids of apprenticeships and domains read so far */
  GPtrArray    *warnings;
} NativeReader;

typedef enum
{
  FIELD_NUMBER,
  FIELD_STRING,
} FieldKind;

/* One evidence field: its JSON member and the FwEvidence property behind it. */
typedef struct
{
  const char *member;
  const char *property;
  FieldKind   kind;
} EvidenceField;

typedef struct
{
  const char          *member;
  const EvidenceField *fields;
} EvidenceGroup;

typedef struct
{
  const char *member;
  const char *property;
} NativeOnetList;

#define FW_NATIVE_N_EVIDENCE_GROUPS 3
#define FW_NATIVE_N_ONET_LISTS 7

/* The evidence groups, each with its fields, in the order the writer puts them. */
extern const EvidenceGroup  _fw_native_evidence_groups[FW_NATIVE_N_EVIDENCE_GROUPS];
/* The O*NET string lists; the first and the last are written apart from the others. */
extern const NativeOnetList _fw_native_onet_lists[FW_NATIVE_N_ONET_LISTS];

/* Parses "MAJOR.MINOR"; FALSE unless both are plain decimal numbers. */
gboolean    _fw_native_parse_format_version (const char   *text,
                                             guint64      *major,
                                             guint64      *minor);
/* Checks the format marker and version, which come first: a newer major version may look
 * like anything. */
gboolean    _fw_native_read_format          (NativeReader *reader,
                                             JsonNode     *root);
/*
 * Checks that @node is an object holding every member of @required, and keeps the members
 * not in @known in the document's extras under @extras_key.
 */
gboolean    _fw_native_read_object          (NativeReader        *reader,
                                             JsonNode            *node,
                                             const char          *path,
                                             const char * const  *known,
                                             const char * const  *required,
                                             const char          *extras_key,
                                             JsonObject         **out_object);
/* Reads the "onet" member (@node may be NULL). */
gboolean    _fw_native_read_onet            (NativeReader        *reader,
                                             JsonNode            *node);
/* The formatVersion to write: ours, or the newer minor one of the file that was read. */
const char *_fw_native_format_version       (FwDocument   *document);

/* fw-native-corrections.c: item ids and the corrections section. */
gboolean    _fw_native_read_item_ids        (NativeReader *reader,
                                             JsonObject   *onet_object);
void        _fw_native_write_item_ids       (FwDocument   *document,
                                             JsonObject   *onet_object);
/* The "id" of an apprenticeship or a domain: the one in @object, else derived from @seed. */
gboolean    _fw_native_read_item_id         (NativeReader *reader,
                                             JsonObject   *object,
                                             const char   *path,
                                             const char   *prefix,
                                             const char   *seed,
                                             GHashTable   *seen,
                                             char        **id);
/* The ids a reader would derive, for the writer to keep only those that differ. */
char      **_fw_native_derived_apprenticeship_ids (FwDocument *document);
char      **_fw_native_derived_domain_ids   (FwDocument   *document);
gboolean    _fw_native_read_corrections     (NativeReader *reader,
                                             JsonObject   *root);
void        _fw_native_write_corrections    (FwDocument   *document,
                                             JsonObject   *root);

G_END_DECLS
