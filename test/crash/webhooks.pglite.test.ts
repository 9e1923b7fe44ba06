import { describeWebhookCrash } from "./webhookCrashSuite.ts";

describeWebhookCrash("pglite");
