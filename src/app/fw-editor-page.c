/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include "fw-editor-page.h"

G_DEFINE_INTERFACE (FwEditorPage, fw_editor_page, GTK_TYPE_WIDGET)

static void
fw_editor_page_default_init (FwEditorPageInterface *iface)
{
  g_object_interface_install_property (iface,
    g_param_spec_object ("document", NULL, NULL, FW_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_interface_install_property (iface,
    g_param_spec_object ("validator", NULL, NULL, FW_TYPE_VALIDATOR,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
}

/**
 * fw_editor_page_get_document:
 *
 * Returns: (transfer none) (nullable): the page's document
 */
FwDocument *
fw_editor_page_get_document (FwEditorPage *self)
{
  g_autoptr(FwDocument) document = NULL;

  g_return_val_if_fail (FW_IS_EDITOR_PAGE (self), NULL);

  g_object_get (self, "document", &document, NULL);
  /* The page keeps its own reference. */
  return document;
}

/**
 * fw_editor_page_get_validator:
 *
 * Returns: (transfer none) (nullable): the validator whose findings the page shows
 */
FwValidator *
fw_editor_page_get_validator (FwEditorPage *self)
{
  g_autoptr(FwValidator) validator = NULL;

  g_return_val_if_fail (FW_IS_EDITOR_PAGE (self), NULL);

  g_object_get (self, "validator", &validator, NULL);
  return validator;
}

void
fw_editor_page_findings_changed (FwEditorPage *self)
{
  FwEditorPageInterface *iface;

  g_return_if_fail (FW_IS_EDITOR_PAGE (self));

  iface = FW_EDITOR_PAGE_GET_IFACE (self);
  if (iface->findings_changed != NULL)
    iface->findings_changed (self);
}

gboolean
fw_editor_page_focus_finding (FwEditorPage *self,
                              FwFinding    *finding)
{
  FwEditorPageInterface *iface;

  g_return_val_if_fail (FW_IS_EDITOR_PAGE (self), FALSE);
  g_return_val_if_fail (FW_IS_FINDING (finding), FALSE);

  iface = FW_EDITOR_PAGE_GET_IFACE (self);
  if (iface->focus_finding == NULL)
    return FALSE;
  return iface->focus_finding (self, finding);
}
