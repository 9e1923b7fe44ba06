import { describeWebhookCrash } from "./webhookCrashSuite.ts";

describeWebhookCrash("postgres");
