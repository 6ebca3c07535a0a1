#pragma once

#include "drilldown/AudienceModel.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QTableView;

namespace deliverboard::ui {

// The skipped or not-attempted members of a campaign's audience: email and status.
class AudienceDialog : public QDialog {
    Q_OBJECT
public:
    AudienceDialog(QSqlDatabase db, const CampaignInfo& campaign, AudienceModel::Group group,
                   QWidget* parent = nullptr);
    AudienceModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }

private:
    AudienceModel* m_model = nullptr;
    QTableView* m_table = nullptr;
};

// Read-only plain text (never rich text) with a Close button, e.g. unmatched returned mail.
class PlainTextDialog : public QDialog {
    Q_OBJECT
public:
    PlainTextDialog(const QString& title, const QString& intro, const QString& text,
                    QWidget* parent = nullptr);
    QString text() const;

private:
    QPlainTextEdit* m_text = nullptr;
};

} // namespace deliverboard::ui
