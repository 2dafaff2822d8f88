/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <pango/pango.h>

#include "fw-publish-layout.h"

G_BEGIN_DECLS

/* The kinds of block a page holds; each has its font, spacing and keep rule. */
typedef enum
{
  FW_BLOCK_TITLE,
  FW_BLOCK_SUBTITLE,
  FW_BLOCK_HEADING,     /* a section: "Proficiency levels" */
  FW_BLOCK_SUBHEADING,  /* a level or a domain */
  FW_BLOCK_MINOR,       /* a durable level within a domain */
  FW_BLOCK_TEXT,
  FW_BLOCK_STATEMENT,
  FW_BLOCK_NOTE,        /* a source, the attribution */
} FwBlockKind;

/* Adds a block of Pango markup (escape text with _fw_publish_markup_escape). */
void  _fw_publish_layout_add           (FwPublishLayout *self,
                                        FwBlockKind      kind,
                                        const char      *markup);
/* The same, for a block that links to @uri (a source's address). */
void  _fw_publish_layout_add_link      (FwPublishLayout *self,
                                        FwBlockKind      kind,
                                        const char      *markup,
                                        const char      *uri);
/* Escapes @text for Pango markup, replacing control characters with spaces. */
char *_fw_publish_markup_escape        (const char      *text);
/* Fills @self with the framework's parts, in reading order (fw-publish-content.c). */
void  _fw_publish_layout_fill          (FwPublishLayout *self,
                                        FwDocument      *document);

/* A layout with no blocks yet, for other publications (the curriculum-map report): add
 * blocks, then paginate once. %NULL with @error set when Pango and Cairo cannot be opened. */
FwPublishLayout *_fw_publish_layout_new_empty (const char      *language,
                                               const char      *footer_title,
                                               double           width,
                                               double           height,
                                               double           margin,
                                               GError         **error);
void  _fw_publish_layout_paginate      (FwPublishLayout *self);

/* For the tests: the blocks as laid out. */
guint        _fw_publish_layout_get_n_blocks (FwPublishLayout *self);
PangoLayout *_fw_publish_layout_get_block    (FwPublishLayout *self,
                                              guint            index,
                                              FwBlockKind     *kind,
                                              guint           *page,
                                              double          *y,
                                              double          *height);

G_END_DECLS
