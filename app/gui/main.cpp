#include "MainWindow.h"
#include "app/AppSettings.h"

#include <QApplication>
#include <QByteArrayView>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>

namespace {

// The application icon from the resources (app/CMakeLists.txt): the SVG for any size (needs
// Qt's SVG image plugin, libqt6svg6) plus the PNG renderings, which also work without it.
QIcon applicationIcon() {
    QIcon icon(QStringLiteral(":/icons/org.deliverboard.Deliverboard.svg"));
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512})
        icon.addFile(
            QStringLiteral(":/icons/hicolor/%1x%1/org.deliverboard.Deliverboard.png").arg(size),
            QSize(size, size));
    return icon;
}

// Names, version and translations, for QApplication and the headless QCoreApplication alike.
void setUpApplication() {
    QCoreApplication::setApplicationName(QStringLiteral("Deliverboard"));
    QCoreApplication::setOrganizationName(QStringLiteral("Deliverboard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DELIVERBOARD_VERSION));
    deliverboard::ui::installTranslations();
}

void configure(QCommandLineParser& parser) {
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "What happened to every message of your campaign."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("paths"),
        QCoreApplication::translate("main", "Campaign folders or log files to open."),
        QStringLiteral("[folder-or-file...]"));
}

// --help and --version only print: they need no window, and so no display.
bool onlyPrints(int argc, char* argv[]) {
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "--")
            break;
        for (const char* option : {"-h", "-?", "--help", "--help-all", "-v", "--version"})
            if (arg == option)
                return true;
    }
    return false;
}

} // namespace

int main(int argc, char* argv[]) {
    if (onlyPrints(argc, argv)) {
        QCoreApplication app(argc, argv);
        setUpApplication();
        QCommandLineParser parser;
        configure(parser);
        parser.process(app); // prints and exits
        return 0;
    }
    QApplication app(argc, argv);
    setUpApplication();
    QApplication::setDesktopFileName(QStringLiteral("org.deliverboard.Deliverboard"));
    QApplication::setWindowIcon(applicationIcon());
    QCommandLineParser parser;
    configure(parser);
    parser.process(app);

    // What the command line or the file manager (Exec=deliverboard %F) names is imported like
    // a drop on the window: a folder is a campaign of its own (and goes to Open Recent), loose
    // log or mail files go into the campaign of the folder they are in.
    QStringList paths;
    QStringList missing;
    for (const QString& path : parser.positionalArguments()) {
        const QFileInfo info(path);
        if (!info.exists()) {
            missing.append(QDir::toNativeSeparators(path));
            continue;
        }
        if (info.isDir())
            deliverboard::ui::AppSettings::addRecentCampaign(info.absoluteFilePath());
        paths.append(info.absoluteFilePath());
    }

    deliverboard::ui::MainWindow window;
    window.show();
    if (!paths.isEmpty())
        window.importPaths(paths);
    if (!missing.isEmpty())
        QMessageBox::warning(&window, QApplication::translate("main", "Open"),
                             QApplication::translate("main", "No such file or folder: %1")
                                 .arg(missing.join(QStringLiteral(", "))));
    return app.exec();
}
