#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace deliverboard::ui {

// What the Response tab shows while there are no figures to show: before any campaign is
// open, and during the first import of one until its first batch is stored. It says what a
// campaign folder holds and offers the ways in: open, drop, the bundled demo, a recent one.
class WelcomePanel : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePanel(QWidget* parent = nullptr);

    // The store holds campaigns, none is selected: point at the list too.
    void setHasCampaigns(bool hasCampaigns);
    void setRecentFolders(const QStringList& folders);
    // Empty: no demo campaign was found, its button is hidden.
    void setDemoFolder(const QString& folder);
    // Non-empty while an import runs that has stored nothing yet.
    void setImporting(const QString& folder);

    QPushButton* openButton() const { return m_open; }
    QPushButton* demoButton() const { return m_demo; }
    QLabel* statusLabel() const { return m_status; }

Q_SIGNALS:
    void openFolderRequested();
    void folderChosen(const QString& folder);

private:
    void updateStatus();

    QLabel* m_status = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_demo = nullptr;
    QLabel* m_recentTitle = nullptr;
    QVBoxLayout* m_recentLayout = nullptr;
    QList<QPushButton*> m_recentButtons;
    QString m_demoFolder;
    QString m_importing;
    bool m_hasCampaigns = false;
};

} // namespace deliverboard::ui
