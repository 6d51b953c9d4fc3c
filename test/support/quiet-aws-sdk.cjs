// Same as src/main.ts: the AWS SDK's Node 22 notice concerns releases this build does not install.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
