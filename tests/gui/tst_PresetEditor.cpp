// The preset editor (issue 12: a custom preset "editable in the settings") over the
// three-campaign store of tst_AudienceView (letters: CampaignSeries.h), offscreen: start
// from a built-in preset, edit a threshold with the keyboard, see the loader's error for an
// invalid value, save and reload the JSON file, preview and apply through the existing
// preview dialog, undo, and check the store's preset in force with the CLI.
#include "CampaignSeries.h"
#include "ImportAndSettle.h"
#include "MainWindow.h"
#include "SixAddressStore.h"
#include "audience/AudienceView.h"
#include "audience/PresetEditorDialog.h"
#include "audience/PresetPreviewDialog.h"
#include "cli/CliRunner.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace deliverboard;
using namespace deliverboard::ui;

class tst_PresetEditor : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    MainWindow* m_window = nullptr;

    AudienceView* view() const { return m_window->audience(); }
    bool waitEvaluated() { return guitest::waitEvaluated(view()); }
    QString cliStatus(const QString& address) {
        const CliRun run = runCli({QStringLiteral("status"), QStringLiteral("--db"), m_db,
                                   QStringLiteral("--address"), address, QStringLiteral("--json")});
        return run.json().array().first().toObject().value(QStringLiteral("status")).toString();
    }
    QString cliPreset() {
        const CliRun run = runCli(
            {QStringLiteral("settings"), QStringLiteral("--db"), m_db, QStringLiteral("--json")});
        return run.json().object().value(QStringLiteral("preset")).toString();
    }
    static QString screenshotPath(const QString& name) {
        QDir out(QDir(QCoreApplication::applicationDirPath())
                     .filePath(QStringLiteral("../screenshots")));
        out.mkpath(QStringLiteral("."));
        return out.filePath(name);
    }
    std::unique_ptr<PresetEditorDialog> editor() {
        auto dialog = std::make_unique<PresetEditorDialog>(m_db, view()->evaluation().engine,
                                                           view()->evaluation().choice);
        dialog->resize(820, 640);
        return dialog;
    }
    // Replaces a spin box's value the way a user does: select all, type, Enter.
    static void type(QSpinBox* box, const QString& text) {
        box->setFocus();
        box->selectAll();
        QTest::keyClicks(box, text);
        QTest::keyClick(box, Qt::Key_Tab);
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DeliverboardTest"));
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("store.sqlite"));
        QByteArray error;
        m_window = guitest::openSixAddressWindow(m_dir, m_db, error);
        QVERIFY2(m_window, error.constData());
        m_window->tabs()->setCurrentWidget(view());
        QVERIFY(waitEvaluated());
    }

    void cleanupTestCase() { delete m_window; }

    // Starts as a copy of the preset in force, renamed so that it is not mistaken for it.
    void startsFromThePresetInForce() {
        auto dialog = editor();
        const StatusPreset p = dialog->preset();
        QCOMPARE(p.id, QStringLiteral("response-page-custom"));
        QCOMPARE(p.soft, 3);
        QCOMPARE(p.majorIsps.size(), 4);
        QVERIFY(p.deliveredResetsSoft && p.hardResetsSoft && !p.ignoreSenderBlamed);
        QVERIFY(dialog->validationError().isEmpty());
        int checked = 0;
        for (int i = 0; i < dialog->majorIspList()->count(); ++i)
            checked += dialog->majorIspList()->item(i)->checkState() == Qt::Checked;
        QCOMPARE(checked, 4);
        // Start from another built-in preset.
        QComboBox* from = dialog->startFromBox();
        const int mailworx = from->findData(QStringLiteral("mailworx"));
        QVERIFY(mailworx > 0);
        from->setCurrentIndex(mailworx);
        Q_EMIT from->activated(mailworx);
        QCOMPARE(dialog->preset().hardOther, 2);
        QCOMPARE(dialog->preset().soft, 4);
        QVERIFY(!dialog->preset().deliveredResetsSoft);
        QCOMPARE(dialog->preset().id, QStringLiteral("mailworx-custom"));
    }

    // Tab goes in reading order; Esc closes without anything applied.
    void keyboard() {
        auto dialog = editor();
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        QApplication::setActiveWindow(dialog.get());
        QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
        dialog->idField()->setFocus();
        const auto tabTo = [](QWidget* expected) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget* now = QApplication::focusWidget();
            return now == expected || (now && now->parentWidget() == expected);
        };
        QVERIFY(tabTo(dialog->nameField()));
        QVERIFY(tabTo(dialog->findChildren<QLineEdit*>().at(2))); // the description
        QVERIFY(tabTo(dialog->hardMajorBox()));
        QVERIFY(tabTo(dialog->hardOtherBox()));
        QVERIFY(tabTo(dialog->softBox()));
        QVERIFY(tabTo(dialog->majorIspList()));
        const auto apply = dialog->findChildren<QPushButton*>();
        bool defaultIsPreview = false;
        for (QPushButton* b : apply)
            defaultIsPreview |= b->isDefault() && b->text().contains(QStringLiteral("Preview"));
        QVERIFY(defaultIsPreview);
        QTest::keyClick(dialog.get(), Qt::Key_Escape);
        QCOMPARE(dialog->result(), int(QDialog::Rejected));
        QVERIFY(!dialog->isVisible());
        QVERIFY(dialog->appliedChoice().json.isEmpty());
    }

    // The loader's own checks, inline, naming the field; an invalid file is refused whole.
    void invalidValuesShowTheLoadersError() {
        auto dialog = editor();
        dialog->show();
        dialog->nameField()->clear();
        QVERIFY2(dialog->validationError().contains(QStringLiteral("edited preset (name)")),
                 qPrintable(dialog->validationError()));
        QVERIFY(dialog->errorLabel()->isVisible());
        QCOMPARE(dialog->errorLabel()->textFormat(), Qt::PlainText);
        QVERIFY(!dialog->saveTo(m_dir.filePath(QStringLiteral("never.json"))));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.json"))));
        QTest::keyClicks(dialog->nameField(), QStringLiteral("Strict"));
        QVERIFY(dialog->validationError().isEmpty());
        QVERIFY(!dialog->errorLabel()->isVisible());

        // A threshold out of the loader's range can only come from a file.
        const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray json = dialog->json();
        json.replace("\"soft\": 3", "\"soft\": 5000");
        QVERIFY(json.contains("5000"));
        file.write(json);
        file.close();
        QVERIFY(!dialog->loadFrom(bad));
        QVERIFY2(dialog->errorLabel()->text().contains(QStringLiteral("(thresholds.soft)")),
                 qPrintable(dialog->errorLabel()->text()));
        QVERIFY2(dialog->errorLabel()->text().contains(QStringLiteral("bad.json")),
                 qPrintable(dialog->errorLabel()->text()));
        QCOMPARE(dialog->preset().soft, 3); // the form is kept
        dialog->resize(820, 640);
        QVERIFY(dialog->grab().save(screenshotPath(QStringLiteral("preset-editor-error.png"))));
    }

    // Edit, save, reload, preview, apply, undo: the whole path of a custom preset.
    void editSaveReloadPreviewApplyUndo() {
        QCOMPARE(cliStatus(QStringLiteral("c@example.net")), QStringLiteral("error"));
        auto dialog = editor();
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        dialog->idField()->setText(QStringLiteral("two-strikes"));
        dialog->nameField()->setText(QStringLiteral("Two strikes elsewhere"));
        // The second hard (or spam) bounce outside the major ISPs, not the first: c's one
        // hard bounce and j's one spam bounce (both at example.net) no longer make errors.
        type(dialog->hardOtherBox(), QStringLiteral("2"));
        QCOMPARE(dialog->preset().hardOther, 2);
        QVERIFY(dialog->validationError().isEmpty());
        QVERIFY(dialog->grab().save(screenshotPath(QStringLiteral("preset-editor.png"))));

        const QString path = m_dir.filePath(QStringLiteral("two-strikes.json"));
        QVERIFY(dialog->saveTo(path));
        QString error;
        const auto saved = StatusPreset::load(path, error); // what --preset would read
        QVERIFY2(saved, qPrintable(error));
        QVERIFY(*saved == dialog->preset());
        auto reloaded = editor();
        QVERIFY(reloaded->loadFrom(path));
        QVERIFY(reloaded->preset() == dialog->preset());
        QCOMPARE(reloaded->json(), dialog->json());

        // Preview and Apply opens the existing preview with the edited preset as candidate.
        int changed = -1;
        connect(dialog.get(), &PresetEditorDialog::previewOpened, this,
                [&](PresetPreviewDialog* preview) {
                    connect(preview, &PresetPreviewDialog::previewFinished, preview, [&, preview] {
                        changed = preview->preview().error.isEmpty()
                                      ? int(preview->preview().diff.changed())
                                      : -2;
                        preview->resize(900, 600);
                        preview->grab().save(
                            screenshotPath(QStringLiteral("preset-editor-preview.png")));
                        preview->accept();
                    });
                });
        dialog->previewAndApply();
        QCOMPARE(changed, 2); // c and j: error -> active
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        const PresetChoice applied = dialog->appliedChoice();
        QVERIFY(applied.isCustom());
        QCOMPARE(applied.json, dialog->json());

        // The view stores it as AudienceView::editPreset() does; the CLI sees it.
        view()->applyPreset(applied);
        QVERIFY(waitEvaluated());
        QVERIFY(view()->evaluation().choice.isCustom());
        QCOMPARE(view()->evaluation().engine->preset().id, QStringLiteral("two-strikes"));
        QCOMPARE(cliPreset(), QStringLiteral("custom (two-strikes)"));
        QCOMPARE(cliStatus(QStringLiteral("c@example.net")), QStringLiteral("active"));
        QCOMPARE(cliStatus(QStringLiteral("j@example.net")), QStringLiteral("active"));
        QCOMPARE(cliStatus(QStringLiteral("e@example.net")), QStringLiteral("error"));

        view()->undoPreset();
        QVERIFY(waitEvaluated());
        QCOMPARE(view()->evaluation().choice.builtinId, QStringLiteral("response-page"));
        QCOMPARE(cliPreset(), QStringLiteral("response-page"));
        QCOMPARE(cliStatus(QStringLiteral("c@example.net")), QStringLiteral("error"));
    }

    // The view's Edit Preset button opens the editor on the preset in force.
    void viewOpensTheEditor() {
        QString shownId;
        connect(view(), &AudienceView::presetEditorOpened, this, [&](PresetEditorDialog* dialog) {
            shownId = dialog->preset().id;
            QMetaObject::invokeMethod(dialog, &QDialog::reject, Qt::QueuedConnection);
        });
        QPushButton* button = nullptr;
        for (QPushButton* b : view()->findChildren<QPushButton*>())
            if (b->text() == QStringLiteral("&Edit Preset..."))
                button = b;
        QVERIFY(button);
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(shownId, QStringLiteral("response-page-custom"));
        QCOMPARE(cliPreset(), QStringLiteral("response-page")); // closed: nothing stored
    }
};

QTEST_MAIN(tst_PresetEditor)
#include "tst_PresetEditor.moc"
