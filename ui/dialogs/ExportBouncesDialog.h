#pragma once

#include "report/MessageRows.h"

#include <QDialog>
#include <QMap>

class QCheckBox;

namespace deliverboard::ui {

// Which bounced recipients to export: outcome checkboxes (defaulting to the drill-down's
// outcome filter) and whether the drill-down's other filters apply too.
class ExportBouncesDialog : public QDialog {
    Q_OBJECT
public:
    ExportBouncesDialog(const MessageFilter& current, QWidget* parent = nullptr);
    // The filter to hand to BounceExporter.
    MessageFilter filter() const;

private:
    MessageFilter m_current;
    QMap<Outcome, QCheckBox*> m_outcomes;
    QCheckBox* m_applyCurrent = nullptr;
};

} // namespace deliverboard::ui
