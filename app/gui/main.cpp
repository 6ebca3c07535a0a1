#include "MainWindow.h"
#include "app/AppSettings.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Deliverboard"));
    QApplication::setOrganizationName(QStringLiteral("Deliverboard"));
    QApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    QApplication::setDesktopFileName(QStringLiteral("org.deliverboard.Deliverboard"));
    deliverboard::ui::installTranslations();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "What happened to every message of your campaign."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("folder"),
                                 QApplication::translate("main", "A campaign folder to open."));
    parser.process(app);

    deliverboard::ui::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openCampaignFolder(parser.positionalArguments().first());
    return app.exec();
}
