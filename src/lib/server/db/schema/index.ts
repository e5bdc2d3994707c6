export * from './organisaties';
export * from './accounts';
export * from './gezinnen';
export * from './invites';
export * from './audit';
export * from './groeiplan';
export * from './tijdlijn';
export * from '../../../domain';
