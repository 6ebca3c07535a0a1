#include "WelcomePanel.h"

#include "common/PlainText.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace deliverboard::ui {

namespace {
constexpr int kMaxRecent = 5;
constexpr int kRecentWidth = 560; // px of a recent folder's line, within the 640 px column

QLabel* wrappedLabel(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}
} // namespace

WelcomePanel::WelcomePanel(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("welcomePanel"));
    auto* column = new QWidget(this);
    column->setMaximumWidth(640);
    auto* layout = new QVBoxLayout(column);
    layout->setSpacing(12);

    auto* title = wrappedLabel(tr("What happened to every message of your campaign?"), column);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);
    layout->addWidget(wrappedLabel(
        tr("Open a campaign folder: your MTA's logs (Postfix, Exim or PowerMTA, also rotated "
           "and .gz), the mail that came back (DSN bounces, ARF complaints, auto-replies) and, "
           "if you have them, recipients.csv and events.csv. Deliverboard imports it into its "
           "local store and shows sent, delivered, bounced and why, by ISP."),
        column));
    layout->addWidget(
        wrappedLabel(tr("You can also drop a folder or log files onto this window."), column));

    m_status = wrappedLabel(QString(), column);
    m_status->setObjectName(QStringLiteral("welcomeStatus"));
    QFont statusFont = m_status->font();
    statusFont.setBold(true);
    m_status->setFont(statusFont);
    m_status->hide();
    layout->addWidget(m_status);

    auto* buttons = new QHBoxLayout();
    m_open = new QPushButton(tr("Open Campaign Folder..."), column);
    m_open->setObjectName(QStringLiteral("welcomeOpen"));
    m_open->setDefault(true);
    m_open->setToolTip(tr("Choose a campaign folder to import (Ctrl+O)."));
    m_demo = new QPushButton(tr("Open the Demo Campaign"), column);
    m_demo->setObjectName(QStringLiteral("welcomeDemo"));
    m_demo->setToolTip(tr("A generated campaign of 3,000 recipients that shows every figure."));
    m_demo->hide();
    buttons->addWidget(m_open);
    buttons->addWidget(m_demo);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_recentTitle = new QLabel(tr("Recent campaign folders"), column);
    m_recentTitle->setTextFormat(Qt::PlainText);
    m_recentTitle->hide();
    layout->addWidget(m_recentTitle);
    m_recentLayout = new QVBoxLayout();
    m_recentLayout->setSpacing(2);
    layout->addLayout(m_recentLayout);

    connect(m_open, &QPushButton::clicked, this, &WelcomePanel::openFolderRequested);
    connect(m_demo, &QPushButton::clicked, this, [this] { Q_EMIT folderChosen(m_demoFolder); });

    // Centered horizontally, a little above the middle: where the eye starts.
    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto* row = new QHBoxLayout();
    row->addStretch(1);
    row->addWidget(column, 4);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);
    updateStatus();
}

void WelcomePanel::setHasCampaigns(bool hasCampaigns) {
    m_hasCampaigns = hasCampaigns;
    updateStatus();
}

void WelcomePanel::setRecentFolders(const QStringList& folders) {
    qDeleteAll(m_recentButtons);
    m_recentButtons.clear();
    for (const QString& folder : folders.mid(0, kMaxRecent)) {
        // A flat button per folder: keyboard-reachable, the full path in its tooltip. Folder
        // names come from strangers' archives; a button never renders rich text.
        // Two folders may share a name: the parent folder tells them apart, elided to fit.
        const QFileInfo info(folder);
        const QString text =
            QStringLiteral("%1  —  %2")
                .arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath()));
        auto* button =
            new QPushButton(fontMetrics().elidedText(text, Qt::ElideMiddle, kRecentWidth),
                            m_recentTitle->parentWidget());
        button->setFlat(true);
        button->setCursor(Qt::PointingHandCursor);
        button->setStyleSheet(QStringLiteral("text-align: left; padding: 2px 6px;"));
        button->setToolTip(plainToolTip(QDir::toNativeSeparators(folder)));
        connect(button, &QPushButton::clicked, this,
                [this, folder] { Q_EMIT folderChosen(folder); });
        m_recentLayout->addWidget(button);
        m_recentButtons.append(button);
    }
    m_recentTitle->setVisible(!m_recentButtons.isEmpty());
}

void WelcomePanel::setDemoFolder(const QString& folder) {
    m_demoFolder = folder;
    m_demo->setVisible(!folder.isEmpty());
}

void WelcomePanel::setImporting(const QString& folder) {
    m_importing = folder;
    updateStatus();
}

void WelcomePanel::updateStatus() {
    QString text;
    if (!m_importing.isEmpty())
        text = tr("Importing %1 ... The figures appear here as soon as the first lines are "
                  "stored.")
                   .arg(QFileInfo(m_importing).fileName());
    else if (m_hasCampaigns)
        text = tr("Choose a campaign in the list on the left, or open another folder.");
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    m_open->setEnabled(m_importing.isEmpty());
    m_demo->setEnabled(m_importing.isEmpty());
    for (QPushButton* button : std::as_const(m_recentButtons))
        button->setEnabled(m_importing.isEmpty());
}

} // namespace deliverboard::ui
