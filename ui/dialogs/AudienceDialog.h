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
    // The members are read by the model's worker from the store at `storePath`.
    AudienceDialog(const QString& storePath, const CampaignInfo& campaign,
                   AudienceModel::Group group, QWidget* parent = nullptr);
    AudienceModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }

private:
    void showIntro();

    AudienceModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_intro = nullptr;
    QString m_campaignName;
};

// Read-only plain text (never rich text) with a Close button, e.g. unmatched returned mail.
class PlainTextDialog : public QDialog {
    Q_OBJECT
public:
    PlainTextDialog(const QString& title, const QString& intro, const QString& text,
                    QWidget* parent = nullptr);
    QString text() const;
    // Replaces the intro and the text (e.g. when a worker has read them).
    void setContent(const QString& intro, const QString& text);

private:
    QLabel* m_intro = nullptr;
    QPlainTextEdit* m_text = nullptr;
};

} // namespace deliverboard::ui
